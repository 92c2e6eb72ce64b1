#ifndef CUNXUE_CCRYPTO_SHIM_H
#define CUNXUE_CCRYPTO_SHIM_H
// The system's libcrypto (OpenSSL 3, Debian's libssl-dev): only PBKDF2-HMAC-SHA256 is used,
// for learner and instructor PINs.
#include <openssl/evp.h>
#endif

#ifndef CUNXUE_CNCURSES_SHIM_H
#define CUNXUE_CNCURSES_SHIM_H

/* SwiftPM drops pkg-config's -D flags, so the wide-character API must be asked for here,
   before any header is included. */
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif

#include <locale.h>
#include <langinfo.h>
#include <wchar.h>
#include <signal.h>
#include <string.h>
#include <poll.h>
#include <termios.h>
#include <unistd.h>
#include <ncursesw/curses.h>

/* Glibc's Swift module hides these. */
extern int wcwidth(wchar_t);
extern int wcswidth(const wchar_t *, size_t);

/* Swift 6 rejects reading mutable C globals: accessors instead. */
static inline WINDOW *cx_stdscr(void) { return stdscr; }
static inline WINDOW *cx_curscr(void) { return curscr; }
static inline int cx_lines(void) { return LINES; }
static inline int cx_cols(void) { return COLS; }
static inline int cx_color_pairs(void) { return COLOR_PAIRS; }
static inline void cx_set_escdelay(int ms) { set_escdelay(ms); }
/* newterm keeps control on failure, where initscr would exit(1). */
static inline SCREEN *cx_newterm(void) { return newterm(NULL, stdout, stdin); }
static inline int cx_colors_available(void) { return has_colors(); }

/* Attribute macros. */
static inline attr_t cx_a_normal(void) { return A_NORMAL; }
static inline attr_t cx_a_bold(void) { return A_BOLD; }
static inline attr_t cx_a_reverse(void) { return A_REVERSE; }
static inline attr_t cx_a_underline(void) { return A_UNDERLINE; }
static inline attr_t cx_a_dim(void) { return A_DIM; }
static inline attr_t cx_a_italic(void) { return A_ITALIC; }
static inline int cx_color_pair(int n) { return (int)COLOR_PAIR(n); }

static inline int cx_key_f(int n) { return KEY_F(n); }

/* Mouse: the event masks are macros built from other macros. */
static inline mmask_t cx_mouse_mask_wanted(void) {
    return BUTTON1_CLICKED | BUTTON1_PRESSED | BUTTON1_RELEASED | BUTTON1_DOUBLE_CLICKED
         | BUTTON4_PRESSED
#ifdef BUTTON5_PRESSED
         | BUTTON5_PRESSED
#endif
         ;
}
static inline int cx_is_button1_click(mmask_t s) {
    return (s & (BUTTON1_CLICKED | BUTTON1_PRESSED | BUTTON1_DOUBLE_CLICKED)) != 0;
}
static inline int cx_is_wheel_up(mmask_t s) { return (s & BUTTON4_PRESSED) != 0; }
static inline int cx_is_wheel_down(mmask_t s) {
#ifdef BUTTON5_PRESSED
    return (s & BUTTON5_PRESSED) != 0;
#else
    return 0;
#endif
}

/* One cell with attributes, for mvadd_wch. */
static inline int cx_put_cell(int y, int x, const wchar_t *text, attr_t attrs, short pair) {
    cchar_t cc;
    if (setcchar(&cc, text, attrs, pair, NULL) != OK) return ERR;
    return mvadd_wch(y, x, &cc);
}

/* Signal handling without Swift closures touching C globals. */
typedef void (*cx_signal_handler)(int);
static inline int cx_install_handler(int sig, cx_signal_handler handler) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = handler;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = 0; /* no SA_RESTART: let get_wch and poll return so the loop sees the signal */
    return sigaction(sig, &sa, NULL);
}
static inline int cx_default_handler(int sig) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = SIG_DFL;
    sigemptyset(&sa.sa_mask);
    return sigaction(sig, &sa, NULL);
}
static inline int cx_ignore_signal(int sig) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = SIG_IGN;
    sigemptyset(&sa.sa_mask);
    return sigaction(sig, &sa, NULL);
}

/* A handler that is told who sent the signal, installed on the alternate stack when there is
   one (a stack overflow still reaches it). `previous` receives the action it replaces. */
typedef void (*cx_info_handler)(int, siginfo_t *, void *);
static inline int cx_install_info_handler(int sig, cx_info_handler handler, struct sigaction *previous) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = handler;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_SIGINFO | SA_ONSTACK;
    return sigaction(sig, &sa, previous);
}
static inline int cx_get_action(int sig, struct sigaction *out) { return sigaction(sig, NULL, out); }
static inline int cx_set_action(int sig, const struct sigaction *action) { return sigaction(sig, action, NULL); }
/* Whether the action is the default one (what the kernel does with no handler). */
static inline int cx_action_is_default(const struct sigaction *a) {
    return (a->sa_flags & SA_SIGINFO) == 0 && a->sa_handler == SIG_DFL;
}
/* Runs a saved handler (another library's, e.g. ncurses' SIGWINCH one) from inside ours. */
static inline void cx_call_action(const struct sigaction *a, int sig, siginfo_t *info, void *context) {
    if (a->sa_flags & SA_SIGINFO) {
        if (a->sa_sigaction != NULL) a->sa_sigaction(sig, info, context);
    } else if (a->sa_handler != SIG_DFL && a->sa_handler != SIG_IGN && a->sa_handler != NULL) {
        a->sa_handler(sig);
    }
}
/* kill(), sigqueue() or tgkill() from another process, as opposed to a fault the kernel raised
   (si_code > 0) or this process's own raise()/abort(). */
static inline int cx_sent_by_another_process(const siginfo_t *info) {
    return info != NULL && info->si_code <= 0 && info->si_pid != getpid();
}
static inline int cx_sent_by_this_process(const siginfo_t *info) {
    return info != NULL && info->si_code <= 0 && info->si_pid == getpid();
}
static inline int cx_sigrtmin(void) { return SIGRTMIN; }
static inline int cx_sigrtmax(void) { return SIGRTMAX; }

/* Terminfo strings (NULL when the terminal has none). */
static inline const char *cx_tigetstr(const char *name) {
    char *s = tigetstr(name);
    return (s == (char *)-1) ? NULL : s;
}

#endif

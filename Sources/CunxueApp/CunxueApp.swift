// Placeholder until the CunxueApp issue lands.

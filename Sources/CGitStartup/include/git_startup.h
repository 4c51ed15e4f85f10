#ifndef GITKIT_GIT_STARTUP_H
#define GITKIT_GIT_STARTUP_H

/*
 * Debian's libgit2 is built with mbedTLS, whose global initialisation parses
 * every CA certificate of the system bundle inside git_libgit2_init: 2.7 ms of
 * a 3.5 ms init, paid by every command of the executable although only an https remote
 * ever needs them. These functions defer that one load and replay it, into the
 * same certificate chain libgit2 configured, the first time a remote is used.
 */

/* git_libgit2_init with the default CA bundle's loading deferred; returns its result. */
int gitkit_git_init_deferring_certificates(void);

/* Loads the deferred CA bundle now (once; later calls do nothing). Returns the
 * mbedTLS result (negative on failure), 0 when nothing was deferred. */
int gitkit_git_load_deferred_certificates(void);

/* 1 while a deferred load is pending: tests check that the deferral took effect. */
int gitkit_git_certificates_deferred(void);

/* 1 once initialisation deferred the load, pending or since replayed: tests check the
 * deferral took effect even after some remote operation loaded the bundle. */
int gitkit_git_certificates_were_deferred(void);

#endif

#define _GNU_SOURCE
#include "git_startup.h"

#include <dlfcn.h>
#include <pthread.h>
#include <stddef.h>

/*
 * The executable defines mbedtls_x509_crt_parse_file, so libgit2's call to it
 * (through the PLT) binds here first. During galley_git_init_deferring_certificates
 * the call is recorded instead of run; at every other time it forwards to
 * mbedTLS's own function, found with RTLD_NEXT. Without this executable (or if
 * the symbol is not exported) libgit2 simply calls mbedTLS directly.
 */

/* From libgit2 (linked through CGit2); declared here so this file needs no libgit2 headers. */
extern int git_libgit2_init(void);

typedef int (*parse_file_function)(void *chain, const char *path);

static pthread_mutex_t state_lock = PTHREAD_MUTEX_INITIALIZER;
static int deferring = 0;
static void *deferred_chain = NULL;
static char deferred_path[4096];
/* Stays 1 once a load was deferred, so the deferral stays observable after the replay. */
static int deferred_once = 0;

static parse_file_function real_parse_file(void) {
    return (parse_file_function)dlsym(RTLD_NEXT, "mbedtls_x509_crt_parse_file");
}

int mbedtls_x509_crt_parse_file(void *chain, const char *path) {
    pthread_mutex_lock(&state_lock);
    if (deferring && deferred_chain == NULL && path != NULL) {
        size_t length = 0;
        while (path[length] != '\0' && length + 1 < sizeof(deferred_path)) {
            deferred_path[length] = path[length];
            length++;
        }
        if (path[length] == '\0') {
            deferred_path[length] = '\0';
            deferred_chain = chain;
            deferred_once = 1;
            pthread_mutex_unlock(&state_lock);
            return 0;
        }
    }
    pthread_mutex_unlock(&state_lock);
    parse_file_function real = real_parse_file();
    return real != NULL ? real(chain, path) : -1;
}

int galley_git_init_deferring_certificates(void) {
    pthread_mutex_lock(&state_lock);
    deferring = 1;
    pthread_mutex_unlock(&state_lock);
    int result = git_libgit2_init();
    pthread_mutex_lock(&state_lock);
    deferring = 0;
    pthread_mutex_unlock(&state_lock);
    return result;
}

int galley_git_load_deferred_certificates(void) {
    pthread_mutex_lock(&state_lock);
    void *chain = deferred_chain;
    deferred_chain = NULL;
    pthread_mutex_unlock(&state_lock);
    if (chain == NULL) return 0;
    parse_file_function real = real_parse_file();
    return real != NULL ? real(chain, deferred_path) : -1;
}

int galley_git_certificates_deferred(void) {
    pthread_mutex_lock(&state_lock);
    int pending = deferred_chain != NULL;
    pthread_mutex_unlock(&state_lock);
    return pending;
}

int galley_git_certificates_were_deferred(void) {
    pthread_mutex_lock(&state_lock);
    int deferred = deferred_once;
    pthread_mutex_unlock(&state_lock);
    return deferred;
}

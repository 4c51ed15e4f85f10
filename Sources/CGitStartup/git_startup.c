#define _GNU_SOURCE
#include "git_startup.h"

#include <dlfcn.h>
#include <pthread.h>
#include <stddef.h>

/*
 * The executable defines mbedtls_x509_crt_parse_file, so libgit2's call to it
 * (through the PLT) binds here first. During gitkit_git_init_deferring_certificates
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

int gitkit_git_init_deferring_certificates(void) {
    pthread_mutex_lock(&state_lock);
    deferring = 1;
    pthread_mutex_unlock(&state_lock);
    int result = git_libgit2_init();
    pthread_mutex_lock(&state_lock);
    deferring = 0;
    pthread_mutex_unlock(&state_lock);
    return result;
}

int gitkit_git_load_deferred_certificates(void) {
    pthread_mutex_lock(&state_lock);
    void *chain = deferred_chain;
    deferred_chain = NULL;
    pthread_mutex_unlock(&state_lock);
    if (chain == NULL) return 0;
    parse_file_function real = real_parse_file();
    return real != NULL ? real(chain, deferred_path) : -1;
}

int gitkit_git_certificates_deferred(void) {
    pthread_mutex_lock(&state_lock);
    int pending = deferred_chain != NULL;
    pthread_mutex_unlock(&state_lock);
    return pending;
}

int gitkit_git_certificates_were_deferred(void) {
    pthread_mutex_lock(&state_lock);
    int deferred = deferred_once;
    pthread_mutex_unlock(&state_lock);
    return deferred;
}

/*
 * libgit2's smart-HTTP and libssh2's transports write a request in several small pieces
 * on plain sockets without TCP_NODELAY, so Nagle's algorithm holds each later piece until
 * the server's delayed acknowledgement (tens of ms) — several times per fetch or push.
 * The executable's connect() binds before libc's for them (as mbedTLS's parse_file above),
 * turns Nagle off on TCP stream sockets, and forwards to libc's connect().
 */
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>

typedef int (*connect_function)(int, const struct sockaddr *, socklen_t);

int connect(int fd, const struct sockaddr *address, socklen_t length) {
    static connect_function cached = NULL;
    connect_function real = __atomic_load_n(&cached, __ATOMIC_ACQUIRE);
    if (real == NULL) {
        real = (connect_function)dlsym(RTLD_NEXT, "connect");
        if (real == NULL) return -1;
        __atomic_store_n(&cached, real, __ATOMIC_RELEASE);
    }
    if (address != NULL && (address->sa_family == AF_INET || address->sa_family == AF_INET6)) {
        int type = 0;
        socklen_t size = sizeof type;
        if (getsockopt(fd, SOL_SOCKET, SO_TYPE, &type, &size) == 0 && type == SOCK_STREAM) {
            int on = 1;
            (void)setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &on, sizeof on);
        }
    }
    return real(fd, address, length);
}

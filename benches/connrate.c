/*
 * Connection-rate load for benches/forward.sh.
 *
 *   connrate server PORT            accept on 127.0.0.1:PORT; answer each
 *                                   connection's first byte with one byte,
 *                                   close after the client does
 *   connrate client PORT THREADS S  for S seconds, each thread loops:
 *                                   connect, send 1 byte, read 1 byte,
 *                                   close; prints connections per second
 *
 * Loopback only. Built by benches/forward.sh with `cc -O2 -pthread`.
 */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

static struct sockaddr_in target;
static atomic_long completed;
static atomic_int stop;

static int serve(int port) {
    int listener = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
    int one = 1;
    setsockopt(listener, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    struct sockaddr_in addr = {.sin_family = AF_INET, .sin_port = htons(port)};
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (bind(listener, (struct sockaddr *)&addr, sizeof addr) || listen(listener, 4096)) {
        perror("connrate server: bind/listen");
        return 1;
    }
    int ep = epoll_create1(0);
    struct epoll_event ev = {.events = EPOLLIN, .data.fd = listener};
    epoll_ctl(ep, EPOLL_CTL_ADD, listener, &ev);
    struct epoll_event events[256];
    for (;;) {
        int n = epoll_wait(ep, events, 256, -1);
        for (int i = 0; i < n; i++) {
            int fd = events[i].data.fd;
            if (fd == listener) {
                int conn;
                while ((conn = accept4(listener, NULL, NULL, SOCK_NONBLOCK)) >= 0) {
                    setsockopt(conn, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
                    struct epoll_event cev = {.events = EPOLLIN, .data.fd = conn};
                    epoll_ctl(ep, EPOLL_CTL_ADD, conn, &cev);
                }
                continue;
            }
            char buf[64];
            ssize_t got = read(fd, buf, sizeof buf);
            if (got > 0) {
                if (write(fd, buf, 1) < 0) close(fd);
            } else if (got == 0 || errno != EAGAIN) {
                close(fd);
            }
        }
    }
}

static void *client_thread(void *arg) {
    (void)arg;
    int one = 1;
    char byte = 'x';
    while (!atomic_load(&stop)) {
        int fd = socket(AF_INET, SOCK_STREAM, 0);
        setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
        if (connect(fd, (struct sockaddr *)&target, sizeof target) == 0 && write(fd, &byte, 1) == 1 &&
            read(fd, &byte, 1) == 1)
            atomic_fetch_add(&completed, 1);
        close(fd);
    }
    return NULL;
}

int main(int argc, char **argv) {
    if (argc == 3 && strcmp(argv[1], "server") == 0) return serve(atoi(argv[2]));
    if (argc != 5 || strcmp(argv[1], "client") != 0) {
        fprintf(stderr, "usage: connrate server PORT | connrate client PORT THREADS SECONDS\n");
        return 2;
    }
    target.sin_family = AF_INET;
    target.sin_port = htons(atoi(argv[2]));
    target.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    int threads = atoi(argv[3]);
    int seconds = atoi(argv[4]);
    pthread_t ids[64];
    if (threads < 1 || threads > 64) threads = 1;
    for (int i = 0; i < threads; i++) pthread_create(&ids[i], NULL, client_thread, NULL);
    sleep(seconds);
    atomic_store(&stop, 1);
    for (int i = 0; i < threads; i++) pthread_join(ids[i], NULL);
    printf("%.0f\n", (double)atomic_load(&completed) / seconds);
    return 0;
}

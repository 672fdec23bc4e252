// What Swift cannot call directly: prctl(2) is variadic, pipe2(2) needs _GNU_SOURCE.
#define _GNU_SOURCE
#include <fcntl.h>
#include <signal.h>
#include <sys/prctl.h>
#include <unistd.h>

static inline int xueshi_die_with_parent(void) { return prctl(PR_SET_PDEATHSIG, SIGKILL, 0, 0, 0); }
/// A pipe whose both ends close on exec: no other child inherits them.
static inline int xueshi_pipe_cloexec(int fds[2]) { return pipe2(fds, O_CLOEXEC); }

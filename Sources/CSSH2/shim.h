// libssh2 (the library libgit2 speaks SSH through), used directly only to read OpenSSH
// known_hosts files, hashed entries included, when checking an SSH server's host key.
#include <libssh2.h>

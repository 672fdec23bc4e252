// OpenSSL 3 (Debian 12's libssl-dev): digests (SM3, SHA-256), public keys and certificates, signature verification.
#include <openssl/evp.h>
#include <openssl/x509.h>
#include <openssl/pem.h>
#include <openssl/err.h>
#include <openssl/ec.h>
#include <openssl/objects.h>
#include <openssl/rand.h>

//===- Multiversion.h - SSE4.1 clones of the hot paths (private) -*- C++ -*-===//
//
// Private to lib/Model. Baseline x86-64 (SSE2, what Debian builds for) has
// no rounding instruction: every std::trunc, floor and ceil of the cost
// model, and it has dozens per evaluation, is a dozen instructions.
// SSE4.1's roundsd is one, with the same result bit for bit. The hot
// functions are therefore compiled twice, the default and an SSE4.1 clone,
// and the loader picks the one the CPU runs (an ifunc, resolved once): the
// same package is as fast as a -msse4.1 build on current CPUs and still
// runs on any x86-64. Elsewhere, or with SALSA_NO_MULTIVERSION, nothing.
//
//===----------------------------------------------------------------------===//
#ifndef SALSA_LIB_MODEL_MULTIVERSION_H
#define SALSA_LIB_MODEL_MULTIVERSION_H

#if defined(__x86_64__) && defined(__ELF__) && defined(__GLIBC__) &&          \
    !defined(SALSA_NO_MULTIVERSION)
#define SALSA_MULTIVERSION __attribute__((target_clones("sse4.1", "default")))
#else
#define SALSA_MULTIVERSION
#endif

/// For the helpers of those functions: the compiler does not inline a
/// plain function into a clone on its own (so the clone would call the
/// baseline code); this makes it.
#if defined(__GNUC__)
#define SALSA_INLINE_INTO_CLONES inline __attribute__((always_inline))
#else
#define SALSA_INLINE_INTO_CLONES inline
#endif

#endif // SALSA_LIB_MODEL_MULTIVERSION_H

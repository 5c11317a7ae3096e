// Said the same way wherever the profiling override stops an Art 6(3) sign-off.
export const PROFILING_SIGN_OFF =
  "This system profiles natural persons, so it is always high-risk (Art 6(3), third subparagraph). The derogation is unavailable and the assessment cannot be signed off.";

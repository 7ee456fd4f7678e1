using System.Runtime.CompilerServices;

// The exercise tests check recording and hint state against a private ProgressBook, not the shared one.
[assembly: InternalsVisibleTo("NeuroBalance.Tests")]

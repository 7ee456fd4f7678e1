using System.Runtime.CompilerServices;

// The exercise tests check recording and hint state against a private ProgressBook, not the shared one.
[assembly: InternalsVisibleTo("NeuroBalance.Tests")]

// The lesson units (notebooks/<lesson>/*.cs) use the same argument checks and grids as the library.
[assembly: InternalsVisibleTo("NeuroBalance.Lessons")]

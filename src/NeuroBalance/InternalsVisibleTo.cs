using System.Runtime.CompilerServices;

// Internal by default: only what notebooks and lesson code use is public (the approved surface is
// tests/NeuroBalance.Tests/PublicApi/NeuroBalance.approved.txt). The library's own tests see the rest,
// and so does the lessons assembly, whose lesson code (notebooks/<lesson>/*.cs) is course code written
// against the engine, not a learner's notebook.
[assembly: InternalsVisibleTo("NeuroBalance.Tests")]
[assembly: InternalsVisibleTo("NeuroBalance.Lessons")]
[assembly: InternalsVisibleTo("NeuroBalance.Lessons.Tests")]
[assembly: InternalsVisibleTo("NeuroBalance.Course.Tests")]

// Records `count` solved exercises (ids "<prefix>-<n>") through the kernel's own path: the session
// made from the environment (NEUROBALANCE_PROGRESS_FILE names the file), one save per check.
// Starts at `startAt` (UTC ticks) so that two copies overlap.
// Usage: NEUROBALANCE_PROGRESS_FILE=<path> NeuroBalance.ProgressWriter <prefix> <count> <startAtUtcTicks>
using System.Globalization;
using NeuroBalance.Exercises;

if (args.Length != 3)
{
    Console.Error.WriteLine("usage: NEUROBALANCE_PROGRESS_FILE=<path> NeuroBalance.ProgressWriter <prefix> <count> <startAtUtcTicks>");
    return 2;
}

var (prefix, count) = (args[0], int.Parse(args[1], CultureInfo.InvariantCulture));
var startAt = new DateTime(long.Parse(args[2], CultureInfo.InvariantCulture), DateTimeKind.Utc);
var exercises = Enumerable.Range(0, count).Select(n => new MultipleChoiceExercise
{
    Id = $"{prefix}-{n}",
    Title = "t",
    Prompt = "p",
    Choices = [new Choice("right", true, "yes"), new Choice("wrong", false, "no")],
    ReferenceSolution = "\"A\"",
}).ToArray();

_ = ProgressBook.Current; // load before the start line, as an open notebook has
while (DateTime.UtcNow < startAt)
{
    Thread.SpinWait(1000);
}

var notices = exercises.Select(e => e.Check("A").Notice).Where(n => n.Length > 0).ToArray();
foreach (var notice in notices)
{
    Console.Error.WriteLine(notice);
}

return notices.Length == 0 ? 0 : 1;

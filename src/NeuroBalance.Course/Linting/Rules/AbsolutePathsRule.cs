using System.Text.RegularExpressions;

namespace NeuroBalance.Course.Linting.Rules;

/// <summary>NB006: no absolute paths in any cell.</summary>
public sealed partial class AbsolutePathsRule() : LintRule(new(LintRules.AbsolutePaths, "No absolute paths", LintSeverity.Error,
    "No absolute paths (`/root/`, `/home/`, `/tmp/`, `/Users/`, `/work/`, `~/`, `C:\\` …) in any cell"))
{
    /// <inheritdoc />
    protected override void Inspect(LintTarget target, Action<int, string> report)
    {
        foreach (var cell in target.Notebook.Cells)
        {
            for (var i = 0; i < cell.Lines.Count; i++)
            {
                if (AbsolutePath().Match(cell.Lines[i]) is { Success: true } absolute)
                {
                    report(cell.FileLine(i), $"absolute path '{absolute.Value.Trim()}...': it exists only on one machine. Use a path relative to the notebook's folder.");
                }
            }
        }
    }

    [GeneratedRegex("(?<![A-Za-z0-9_.:/~-])(?:/(?:root|home|tmp|Users|var|etc|opt|mnt|usr|workspace|work)/|~/|[A-Za-z]:[\\\\/])")]
    private static partial Regex AbsolutePath();
}

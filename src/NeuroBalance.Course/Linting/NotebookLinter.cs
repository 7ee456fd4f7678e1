using System.Text.Json;
using System.Text.RegularExpressions;
using NeuroBalance.Course.Authoring;
using NeuroBalance.Course.Documents;

namespace NeuroBalance.Course.Linting;

/// <summary>
/// Checks notebooks against the lint contract (docs/tooling.md) and reports each
/// problem as <c>file:line: message</c>. Pure text checks: no kernel is started.
/// </summary>
public sealed partial class NotebookLinter
{
    private readonly CourseRepository repository;

    /// <summary>Creates a linter for the notebooks of a repository.</summary>
    /// <param name="repository">The repository (for relative paths and the course map).</param>
    public NotebookLinter(CourseRepository repository) =>
        this.repository = repository ?? throw new ArgumentNullException(nameof(repository));

    /// <summary>Lints notebooks. Exercise ids are checked for uniqueness across all of them.</summary>
    /// <param name="notebooks">The <c>.dib</c> files.</param>
    /// <param name="checkCourseMap">Whether to warn about notebooks missing from <c>notebooks/course.json</c>.</param>
    /// <returns>Every finding, ordered by file and line.</returns>
    public IReadOnlyList<LintFinding> Lint(IEnumerable<FileInfo> notebooks, bool checkCourseMap = true)
    {
        ArgumentNullException.ThrowIfNull(notebooks);
        var findings = new List<LintFinding>();
        var exerciseIds = new Dictionary<string, (string File, int Line)>(StringComparer.Ordinal);
        var registered = checkCourseMap
            ? CourseMap.Load(repository).Lessons.Select(l => Path.GetFullPath(Path.Combine(repository.NotebooksFolder.FullName, l.File))).ToHashSet(StringComparer.Ordinal)
            : null;
        foreach (var notebook in notebooks)
        {
            var name = repository.RelativePath(notebook);
            DibFile file;
            try
            {
                file = DibFile.Load(notebook.FullName, name);
            }
            catch (NotebookFormatException e)
            {
                findings.Add(new LintFinding(name, e.Line, LintRules.Format, LintSeverity.Error, e.Problem));
                continue;
            }

            var report = (int line, string rule, string message) => findings.Add(new LintFinding(name, line, rule, LintSeverity.Error, message));
            CheckMetadata(file, report);
            CheckStructure(file, report);
            CheckCode(file, report, exerciseIds);
            CheckLinks(file, notebook.Directory!, report);
            if (LessonChecklist.AppliesTo(notebook.Name))
            {
                Linting.LessonChecklist.Check(file, (line, message) => report(line, LintRules.LessonChecklist, message));
            }

            if (registered is not null && notebook.Directory!.FullName == repository.NotebooksFolder.FullName && !registered.Contains(notebook.FullName))
            {
                findings.Add(new LintFinding(name, 1, LintRules.CourseMap, LintSeverity.Warning,
                    $"not registered in notebooks/{CourseMap.FileName}; the site lists it under 'Unlisted'. Add {{ \"file\": \"{notebook.Name}\", \"part\": \"...\" }} to its lessons."));
            }
        }

        if (registered is not null)
        {
            var map = CourseMap.PathIn(repository);
            foreach (var missing in registered.Where(r => !File.Exists(r)))
            {
                findings.Add(new LintFinding(repository.RelativePath(map), 1, LintRules.CourseMap, LintSeverity.Warning,
                    $"lists {Path.GetFileName(missing)}, which does not exist in notebooks/; the site leaves it out."));
            }
        }

        return findings.OrderBy(f => f.File, StringComparer.Ordinal).ThenBy(f => f.Line).ToArray();
    }

    private static void CheckMetadata(DibFile file, Action<int, string, string> report)
    {
        var hasKernelInfo = false;
        if (file.MetaJson is not null)
        {
            using var json = JsonDocument.Parse(file.MetaJson);
            hasKernelInfo = json.RootElement.TryGetProperty("kernelInfo", out var info) && info.ValueKind == JsonValueKind.Object;
        }

        if (!hasKernelInfo)
        {
            report(Math.Max(file.MetaLine, 1), LintRules.KernelMetadata,
                "the '#!meta' block with kernelInfo is missing. Start the file with the '#!meta' block copied from notebooks/00-start-here.dib.");
        }
    }

    private static void CheckStructure(DibFile file, Action<int, string, string> report)
    {
        var first = file.Cells.FirstOrDefault();
        if (first is null || !first.IsMarkdown || first.Lines.Count == 0 || !first.Lines[0].StartsWith("# ", StringComparison.Ordinal))
        {
            report(first?.FirstLine ?? 1, LintRules.Title, "the first cell must be markdown starting with '# <Title>'.");
        }

        var markdown = file.Cells.Where(c => c.IsMarkdown).SelectMany(c => c.Lines.Select((l, i) => (Text: l.Trim(), Line: c.FileLine(i)))).ToArray();
        var heading = markdown.FirstOrDefault(l => l.Text.Equals(LessonOutline.ObjectivesHeading, StringComparison.OrdinalIgnoreCase));
        if (heading.Text is null)
        {
            report(first?.FirstLine ?? 1, LintRules.Objectives, $"no '{LessonOutline.ObjectivesHeading}' heading. Add it with a list of what the learner will be able to do.");
        }
        else if (!LessonOutline.ObjectivesIn(markdown.Select(m => m.Text).ToArray()).Any())
        {
            report(heading.Line, LintRules.Objectives, $"'{LessonOutline.ObjectivesHeading}' must be followed by a list ('- ...' or '1. ...').");
        }

        if (!markdown.Any(l => Regex.IsMatch(l.Text, "^##\\s+(References|Further reading)\\s*$", RegexOptions.IgnoreCase)))
        {
            report(file.Cells.LastOrDefault()?.FirstLine ?? 1, LintRules.References, "no '## References' or '## Further reading' section. Cite your sources (DOI or PMID).");
        }
    }

    private static void CheckCode(DibFile file, Action<int, string, string> report, Dictionary<string, (string File, int Line)> exerciseIds)
    {
        foreach (var cell in file.Cells)
        {
            for (var i = 0; i < cell.Lines.Count; i++)
            {
                var line = cell.Lines[i];
                var at = cell.FileLine(i);
                if (AbsolutePath().Match(line) is { Success: true } absolute)
                {
                    report(at, LintRules.AbsolutePaths, $"absolute path '{absolute.Value.Trim()}...': it exists only on one machine. Use a path relative to the notebook's folder.");
                }

                if (cell.IsMarkdown)
                {
                    continue;
                }

                if (NugetReference().Match(line) is { Success: true } nuget && !ExactVersion().IsMatch(nuget.Groups["version"].Value.Trim()))
                {
                    report(at, LintRules.PinnedPackages, $"'#r \"nuget: {nuget.Groups["name"].Value.Trim()}\"' does not pin a version. Write '#r \"nuget: {nuget.Groups["name"].Value.Trim()}, <exact version>\"'.");
                }

                foreach (var call in ExerciseCalls.In(line))
                {
                    if (call.Id is not { } id)
                    {
                        report(at, LintRules.ExerciseIds, "Exercise.Get(...) must be called with a string literal id, e.g. Exercise.Get(\"binding-kd-1\"), so that ids can be checked.");
                        continue;
                    }

                    if (exerciseIds.TryGetValue(id, out var first))
                    {
                        report(at, LintRules.ExerciseIds, $"exercise id \"{id}\" is already used at {first.File}:{first.Line}; ids must be unique across the course.");
                    }
                    else
                    {
                        exerciseIds[id] = (file.Name, at);
                    }
                }

                if (RawPlotly().IsMatch(line) && !cell.Lines.Any(l => l.TrimStart().StartsWith(OwnChartMarker, StringComparison.Ordinal)))
                {
                    report(at, LintRules.Charts, "raw Plotly.NET in a notebook. Draw charts with a NeuroBalance helper that returns NeuroBalance.Charts.Figure (title, axis units and a description).");
                }
                else if (EmptyDescription().IsMatch(line))
                {
                    report(at, LintRules.Charts, "this Figure has an empty description. Say in one or two sentences what the chart shows.");
                }
            }
        }
    }

    /// <summary>The heading ids of a linked Markdown document or notebook; null for other files (not checked) or an unreadable notebook.</summary>
    private static HashSet<string>? HeadingIdsOf(string file)
    {
        if (file.EndsWith(".md", StringComparison.OrdinalIgnoreCase) && File.Exists(file))
        {
            return MarkdownSyntax.HeadingIds(File.ReadAllText(file)).ToHashSet(StringComparer.Ordinal);
        }

        if (!file.EndsWith(".dib", StringComparison.OrdinalIgnoreCase) || !File.Exists(file))
        {
            return null;
        }

        try
        {
            return MarkdownHeadingIds(DibFile.Load(file, Path.GetFileName(file)));
        }
        catch (NotebookFormatException)
        {
            return null; // reported when that notebook is linted itself
        }
    }

    /// <summary>The heading ids of a notebook's markdown cells.</summary>
    private static HashSet<string> MarkdownHeadingIds(DibFile file) =>
        file.Cells.Where(c => c.IsMarkdown).SelectMany(c => MarkdownSyntax.HeadingIds(c.Text)).ToHashSet(StringComparer.Ordinal);

    private static void CheckLinks(DibFile file, DirectoryInfo folder, Action<int, string, string> report)
    {
        var anchors = MarkdownHeadingIds(file);
        foreach (var cell in file.Cells.Where(c => c.IsMarkdown))
        {
            for (var i = 0; i < cell.Lines.Count; i++)
            {
                foreach (Match link in MarkdownLink().Matches(cell.Lines[i]))
                {
                    var target = link.Groups["target"].Value;
                    if (MarkdownSyntax.HasScheme(target))
                    {
                        continue;
                    }

                    var hash = target.IndexOf('#', StringComparison.Ordinal);
                    var path = Uri.UnescapeDataString(hash >= 0 ? target[..hash] : target);
                    var anchor = hash >= 0 ? target[(hash + 1)..] : null;
                    if (path.Length == 0)
                    {
                        if (anchor is not null && !anchors.Contains(anchor))
                        {
                            report(cell.FileLine(i), LintRules.Links, $"link '{target}': no heading in this notebook has the id '{anchor}'.");
                        }
                    }
                    else if (!File.Exists(Path.Combine(folder.FullName, path)) && !Directory.Exists(Path.Combine(folder.FullName, path)))
                    {
                        report(cell.FileLine(i), LintRules.Links, $"link '{target}': '{path}' does not exist (relative to {folder.Name}/).");
                    }
                    else if (anchor is { Length: > 0 } && HeadingIdsOf(Path.Combine(folder.FullName, path)) is { } ids && !ids.Contains(anchor))
                    {
                        report(cell.FileLine(i), LintRules.Links, $"link '{target}': no heading in '{path}' has the id '{anchor}'.");
                    }
                }
            }
        }
    }

    [GeneratedRegex("(?<![A-Za-z0-9_.:/~-])(?:/(?:root|home|tmp|Users|var|etc|opt|mnt|usr|workspace|work)/|~/|[A-Za-z]:[\\\\/])")]
    private static partial Regex AbsolutePath();

    [GeneratedRegex("^\\s*#r\\s+\"nuget:\\s*(?<name>[^\",]+)(?:,\\s*(?<version>[^\"]*))?\"")]
    private static partial Regex NugetReference();

    /// <summary>An exact NuGet version (1.2.3 or 1.2.3-beta.1): not blank, not floating (1.*), not a range ([1.0,)).</summary>
    [GeneratedRegex("^[0-9]+(?:\\.[0-9]+){1,3}(?:-[0-9A-Za-z.-]+)?(?:\\+[0-9A-Za-z.-]+)?$")]
    private static partial Regex ExactVersion();

    /// <summary>A comment that marks a cell as the learner's own Plotly.NET chart (drawn offline by the library's GenericChart display), which NB009 allows.</summary>
    public const string OwnChartMarker = "// Your own chart";

    [GeneratedRegex("Plotly\\.NET|GenericChart|Chart2D|\\bChart\\.(Line|Scatter|Point|Bar|Column|Combine)\\b|#r\\s+\"nuget:\\s*Plotly")]
    private static partial Regex RawPlotly();

    [GeneratedRegex("new\\s+Figure\\s*\\(\\s*(?:title:\\s*)?@?\"(?:[^\"\\\\]|\\\\.)*\"\\s*,\\s*(?:description:\\s*)?\"\\s*\"")]
    private static partial Regex EmptyDescription();

    [GeneratedRegex("!?\\[[^\\]]*\\]\\((?<target>[^)\\s]+)(?:\\s+\"[^\"]*\")?\\)")]
    private static partial Regex MarkdownLink();
}

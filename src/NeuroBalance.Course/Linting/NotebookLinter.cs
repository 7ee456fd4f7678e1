using NeuroBalance.Course.Documents;
using NeuroBalance.Course.Linting.Rules;

namespace NeuroBalance.Course.Linting;

/// <summary>
/// Checks notebooks against the lint contract (docs/tooling.md) and reports each problem as
/// <c>file:line: message</c>. It reads each notebook once and runs every rule of <see cref="CreateRules"/>
/// on it; the rules are one class each. Pure text checks: no kernel is started.
/// </summary>
public sealed class NotebookLinter
{
    private readonly CourseRepository repository;

    /// <summary>Creates a linter for the notebooks of a repository.</summary>
    /// <param name="repository">The repository (for relative paths and the course map).</param>
    public NotebookLinter(CourseRepository repository) =>
        this.repository = repository ?? throw new ArgumentNullException(nameof(repository));

    /// <summary>Gets what every rule is, in id order (the docs table is generated from these).</summary>
    public static IReadOnlyList<LintRuleDescriptor> Descriptors { get; } =
        [WellFormedRule.Rule, .. CreateRules().Select(r => r.Descriptor)];

    /// <summary>Creates a fresh instance of every rule that checks a read notebook (NB000 is the reader's own check).</summary>
    /// <returns>The rules, in id order.</returns>
    public static IReadOnlyList<LintRule> CreateRules() =>
    [
        new TitleRule(),
        new ObjectivesRule(),
        new ReferencesRule(),
        new KernelMetadataRule(),
        new PinnedPackagesRule(),
        new AbsolutePathsRule(),
        new LinksRule(),
        new ExerciseIdsRule(),
        new ChartsRule(),
        new CourseMapRule(),
        new LessonChecklistRule(),
    ];

    /// <summary>Lints notebooks. Exercise ids are checked for uniqueness across all of them.</summary>
    /// <param name="notebooks">The <c>.dib</c> files.</param>
    /// <param name="checkCourseMap">Whether to warn about notebooks missing from <c>notebooks/course.json</c>.</param>
    /// <returns>Every finding, ordered by file and line.</returns>
    public IReadOnlyList<LintFinding> Lint(IEnumerable<FileInfo> notebooks, bool checkCourseMap = true)
    {
        ArgumentNullException.ThrowIfNull(notebooks);
        var findings = new List<LintFinding>();
        var run = new LintRun(repository, checkCourseMap);
        var rules = CreateRules();
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
                findings.Add(Finding(WellFormedRule.Rule, name, e.Line, e.Problem));
                continue;
            }

            var target = new LintTarget(run, notebook, file);
            foreach (var rule in rules)
            {
                rule.Check(target, (line, message) => findings.Add(Finding(rule.Descriptor, name, line, message)));
            }
        }

        foreach (var rule in rules)
        {
            rule.Complete(run, (file, line, message) => findings.Add(Finding(rule.Descriptor, file, line, message)));
        }

        return findings.OrderBy(f => f.File, StringComparer.Ordinal).ThenBy(f => f.Line).ToArray();
    }

    /// <summary>Creates a finding of a rule, with the rule's id and severity.</summary>
    /// <param name="rule">The rule.</param>
    /// <param name="file">The file, repository-relative.</param>
    /// <param name="line">The 1-based line.</param>
    /// <param name="message">What is wrong and how to fix it.</param>
    /// <returns>The finding.</returns>
    public static LintFinding Finding(LintRuleDescriptor rule, string file, int line, string message)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return new LintFinding(file, line, rule.Id, rule.Severity, message);
    }
}

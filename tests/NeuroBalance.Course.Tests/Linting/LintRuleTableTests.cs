using NeuroBalance.Course;
using NeuroBalance.Course.Linting;

namespace NeuroBalance.Course.Tests.Linting;

/// <summary>The lint rules are one class each with a descriptor, and the docs table is generated from the descriptors.</summary>
public sealed class LintRuleTableTests
{
    [Fact]
    public void Descriptors_OnePerRuleId_InIdOrder()
    {
        var ids = typeof(LintRules).GetFields().Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!).Order(StringComparer.Ordinal).ToArray();

        Assert.Equal(ids, NotebookLinter.Descriptors.Select(d => d.Id));
        Assert.All(NotebookLinter.Descriptors, d =>
        {
            Assert.False(string.IsNullOrWhiteSpace(d.Title));
            Assert.DoesNotContain('\n', d.Help);
        });
    }

    [Fact]
    public void DocsTable_IsTheTableGeneratedFromTheDescriptors()
    {
        // When this fails: run `dotnet run --project src/NeuroBalance.Cli -- lint --rules` and paste its output over the table in docs/tooling.md.
        var repository = CourseRepository.Locate(AppContext.BaseDirectory);
        var docs = File.ReadAllText(Path.Combine(repository.Root.FullName, "docs", "tooling.md"));

        Assert.Equal(LintRuleTable.Render(), LintRuleTable.In(docs));
    }

    [Fact]
    public void Render_ChangesWhenADescriptorChanges()
    {
        var changed = NotebookLinter.Descriptors.Select((d, i) => i == 1 ? d with { Title = d.Title + " (changed)" } : d);

        Assert.NotEqual(LintRuleTable.Render(), LintRuleTable.Render(changed));
        Assert.Contains("| NB001 | error | Title (changed) |", LintRuleTable.Render(changed), StringComparison.Ordinal);
    }
}

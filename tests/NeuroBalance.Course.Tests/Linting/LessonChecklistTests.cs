using NeuroBalance.Course.Documents;
using NeuroBalance.Course.Linting;

namespace NeuroBalance.Course.Tests.Linting;

/// <summary>The lesson checklist (lint NB011) accepts a complete lesson and names each missing part.</summary>
public sealed class LessonChecklistTests
{
    private const string Complete = """
        #!meta

        {"kernelInfo":{"defaultKernelName":"csharp","items":[{"aliases":[],"name":"csharp"},{"aliases":[],"name":"markdown"}]}}

        #!markdown

        # 03 · Synthesis

        Intro.

        **Estimated time:** 40 min

        **Prerequisites:** [00 · Start here](00-start-here.dib)

        > **Education, not medical advice.** Mechanisms only.

        ## Learning objectives

        - Calculate a rate.
        - Predict a change.
        - Explain a result.

        #!csharp

        var a = Exercise.Get("03-a");

        #!csharp

        // BEGIN SOLUTION
        var x = 1;
        // STUDENT PLACEHOLDER
        // int? x = null;
        // END SOLUTION
        a.Check(x)

        #!csharp

        var b = Exercise.Get("03-b");

        #!csharp

        // BEGIN SOLUTION
        var y = 1;
        // STUDENT PLACEHOLDER
        // int? y = null;
        // END SOLUTION
        b.Check(y)

        #!csharp

        var c = Exercise.Get("03-c");

        #!csharp

        // BEGIN SOLUTION
        var z = 1;
        // STUDENT PLACEHOLDER
        // int? z = null;
        // END SOLUTION
        c.Check(z)

        #!markdown

        **Think!** Why?

        ## Summary

        - One thing.

        ## Further reading

        - A source.

        ## For instructors

        - **What to adapt:** parameters.
        - **Common misconceptions:** one.
        """;

    private static List<string> Problems(string text, string name = "03-synthesis.dib")
    {
        var problems = new List<string>();
        LessonChecklist.Check(DibFile.Parse(text, name), (_, message) => problems.Add(message));
        return problems;
    }

    [Fact]
    public void CompleteLesson_HasNoProblems() => Assert.Empty(Problems(Complete));

    [Theory]
    [InlineData("# 03 · Synthesis", "# Synthesis", "the title must read '# 03 · <Title>'")]
    [InlineData("**Estimated time:** 40 min", "", "'**Estimated time:**'")]
    [InlineData("**Prerequisites:** [00 · Start here](00-start-here.dib)", "", "'**Prerequisites:**'")]
    [InlineData("> **Education, not medical advice.** Mechanisms only.", "", "disclaimer")]
    [InlineData("- Explain a result.", "", "3 to 5 learning objectives, but this one has 2")]
    [InlineData("var c = Exercise.Get(\"03-c\");", "var c = 1;", "at least 3 exercises")]
    [InlineData("**Think!** Why?", "Why?", "'**Think!**'")]
    [InlineData("## Summary", "## Recap", "no '## Summary' section")]
    [InlineData("## Further reading", "## Reading", "no '## Further reading' section")]
    [InlineData("## For instructors", "## Notes", "no '## For instructors' section")]
    [InlineData("- **What to adapt:** parameters.", "- parameters.", "must say 'What to adapt'")]
    [InlineData("- **Common misconceptions:** one.", "- one.", "must say 'Common misconceptions'")]
    public void MissingPart_IsNamed(string part, string replacement, string expected)
    {
        Assert.Contains(part, Complete, StringComparison.Ordinal);

        var problems = Problems(Complete.Replace(part, replacement, StringComparison.Ordinal));

        Assert.Contains(problems, p => p.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void ExerciseWithoutSolutionRegion_IsNamed()
    {
        var text = Complete.Replace("// BEGIN SOLUTION\nvar z = 1;\n// STUDENT PLACEHOLDER\n// int? z = null;\n// END SOLUTION\n", "var z = 1;\n", StringComparison.Ordinal);
        Assert.NotEqual(Complete, text);

        Assert.Contains(Problems(text), p => p.Contains("2 regions for 3 exercises", StringComparison.Ordinal));
    }

    [Fact]
    public void LongCodeCell_IsNamed()
    {
        var text = Complete.Replace("var a = Exercise.Get(\"03-a\");", string.Join("\n", Enumerable.Range(0, 15).Select(i => $"var v{i} = {i};").Prepend("var a = Exercise.Get(\"03-a\");")), StringComparison.Ordinal);

        Assert.Contains(Problems(text), p => p.Contains("16 non-blank lines", StringComparison.Ordinal));
    }

    [Fact]
    public void SummaryAfterFurtherReading_IsNamed()
    {
        var text = Complete.Replace("## Summary\n\n- One thing.\n\n", string.Empty, StringComparison.Ordinal)
            .Replace("## For instructors", "## Summary\n\n- One thing.\n\n## For instructors", StringComparison.Ordinal);

        Assert.Contains(Problems(text), p => p.Contains("'## Further reading' must come after '## Summary'", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("01-origin.dib", true)]
    [InlineData("08-integration-and-interventions.dib", true)]
    [InlineData("00-start-here.dib", false)]
    [InlineData("A5-glossary-and-references.dib", false)]
    [InlineData("notes.dib", false)]
    public void AppliesTo_NumberedLessonsOnly(string name, bool applies) => Assert.Equal(applies, LessonChecklist.AppliesTo(name));
}

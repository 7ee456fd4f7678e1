using CsCheck;
using NeuroBalance.Course.Authoring;

namespace NeuroBalance.Course.Tests.Authoring;

public sealed class SolutionRegionsTests
{
    private const string File = "lesson.dib";

    private const string Header = """
        #!meta

        {"kernelInfo":{"defaultKernelName":"csharp","items":[{"aliases":[],"name":"csharp"},{"aliases":[],"name":"markdown"}]}}

        """;

    [Fact]
    public void ToStudentVersion_CodeRegionWithPlaceholder_KeepsUncommentedPlaceholder()
    {
        // Given
        var text = Header + """
            #!csharp

            var ex = Exercise.Get("a4-kd");
            // BEGIN SOLUTION
            var answer = Concentration.FromMicromolar(2);
            // STUDENT PLACEHOLDER
            // Concentration? answer = null; // ✏️ replace null with your answer
            // END SOLUTION
            ex.Check(answer)
            """;

        // When
        var student = SolutionRegions.ToStudentVersion(text, File);

        // Then
        Assert.Equal(Header + """
            #!csharp

            var ex = Exercise.Get("a4-kd");
            Concentration? answer = null; // ✏️ replace null with your answer
            ex.Check(answer)
            """, student);
    }

    [Fact]
    public void ToStudentVersion_CodeRegionWithoutPlaceholder_BecomesYourCodeHere_WithIndentation()
    {
        var text = """
            #!csharp

            double Twice(double x)
            {
                // BEGIN SOLUTION
                return 2 * x;
                // END SOLUTION
            }
            """;

        var student = SolutionRegions.ToStudentVersion(text, File);

        Assert.Equal("""
            #!csharp

            double Twice(double x)
            {
                // ✏️ Your code here
            }
            """, student);
    }

    [Fact]
    public void ToStudentVersion_IndentedPlaceholderLines_KeepTheirIndentationAndBlankLines()
    {
        var text = "#!csharp\n  // BEGIN SOLUTION\n  x = 1;\n  // STUDENT PLACEHOLDER\n    // x = 0;\n\n  //\n  //y = 2;\n  // END SOLUTION\n";

        var student = SolutionRegions.ToStudentVersion(text, File);

        Assert.Equal("#!csharp\n    x = 0;\n\n\n  y = 2;\n", student);
    }

    [Fact]
    public void ToStudentVersion_MarkdownRegion_BecomesWriteYourAnswerHere()
    {
        var text = Header + """
            #!markdown

            **Your prediction:**

            <!-- BEGIN SOLUTION -->
            Occupancy rises to 50% at the Kd.
            <!-- END SOLUTION -->

            #!csharp

            1 + 1
            """;

        var student = SolutionRegions.ToStudentVersion(text, File);

        Assert.Contains("**Your prediction:**\n\n*✏️ Write your answer here.*\n\n#!csharp", student.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.DoesNotContain("Occupancy rises", student, StringComparison.Ordinal);
    }

    [Fact]
    public void ToStudentVersion_CrLfLineEndings_ArePreserved()
    {
        var text = "#!csharp\r\nvar a = 1;\r\n// BEGIN SOLUTION\r\nvar b = 2;\r\n// END SOLUTION\r\nb\r\n";

        var student = SolutionRegions.ToStudentVersion(text, File);

        Assert.Equal("#!csharp\r\nvar a = 1;\r\n// ✏️ Your code here\r\nb\r\n", student);
    }

    [Fact]
    public void ToStudentVersion_NoRegions_ReturnsTheTextUnchanged()
    {
        var text = Header + "#!csharp\n\n// a comment\nvar x = 1;\n";
        Assert.Same(text, SolutionRegions.ToStudentVersion(text, File));
    }

    [Fact]
    public void Find_ReportsEveryRegionWithItsLines()
    {
        var text = "#!csharp\n// BEGIN SOLUTION\na\n// STUDENT PLACEHOLDER\n// b\n// END SOLUTION\n#!markdown\n<!-- BEGIN SOLUTION -->\nprose\n<!-- END SOLUTION -->\n";

        var regions = SolutionRegions.Find(text, File);

        Assert.Equal(
            [new SolutionRegion(SolutionRegionKind.Code, 2, 6, 4), new SolutionRegion(SolutionRegionKind.Markdown, 8, 10, null)],
            regions);
    }

    [Fact]
    public void Find_MarkersInAMarkdownCodeFence_AreProse()
    {
        var text = "#!markdown\n```csharp\n// BEGIN SOLUTION\n<!-- BEGIN SOLUTION -->\n```\n";
        Assert.Empty(SolutionRegions.Find(text, File));
    }

    [Fact]
    public void Find_MagicCommandsInsideACell_DoNotStartANewCell()
    {
        // #!time is a magic command, not a kernel name: the region stays open across it.
        var text = "#!csharp\n// BEGIN SOLUTION\n#!time\nvar x = 1;\n// END SOLUTION\n";
        Assert.Single(SolutionRegions.Find(text, File));
    }

    /// <summary>Malformed marker layouts, the 1-based line each error must name, and a phrase of its message.</summary>
    public static TheoryData<string, int, string> MalformedNotebooks => new()
    {
        { "#!csharp\nx\n// BEGIN SOLUTION\ny\n", 3, "never closed" },
        { "#!csharp\nx\n// END SOLUTION\n", 3, "without a matching" },
        { "#!csharp\n// BEGIN SOLUTION\n  // BEGIN SOLUTION\n// END SOLUTION\n", 3, "Nested" },
        { "#!csharp\n// BEGIN SOLUTION\nx\n#!csharp\n// END SOLUTION\n", 2, "never closed" },
        { "#!csharp\n// STUDENT PLACEHOLDER\n", 2, "outside a solution region" },
        { "#!csharp\n// BEGIN SOLUTION\n// STUDENT PLACEHOLDER\n// a\n// STUDENT PLACEHOLDER\n// END SOLUTION\n", 5, "second" },
        { "#!csharp\n// BEGIN SOLUTION\n// STUDENT PLACEHOLDER\nvar a = 1;\n// END SOLUTION\n", 4, "must be comments" },
        { "#!csharp\n//BEGIN SOLUTION\n", 2, "not spelled exactly" },
        { "#!csharp\nx\n// begin solution\n", 3, "not spelled exactly" },
        { "#!csharp\nvar a = 1; // BEGIN SOLUTION\n// END SOLUTION\n", 3, "without a matching" },
        { "#!csharp\n<!-- BEGIN SOLUTION -->\n", 2, "but this is a code cell" },
        { "#!markdown\n// BEGIN SOLUTION\n", 2, "but this is a markdown cell" },
        { "#!markdown\n<!-- BEGIN SOLUTION -->\n<!-- STUDENT PLACEHOLDER -->\n<!-- END SOLUTION -->\n", 3, "no placeholder section" },
        { "#!markdown\n<!-- BEGIN SOLUTION -->\n", 2, "never closed" },
    };

    [Theory]
    [MemberData(nameof(MalformedNotebooks))]
    public void ToStudentVersion_MalformedMarkers_ThrowNamingFileAndLine(string text, int line, string phrase)
    {
        // When
        var e = Assert.Throws<SolutionRegionException>(() => SolutionRegions.ToStudentVersion(text, "notebooks/A9.dib"));

        // Then
        var error = Assert.Single(e.Errors, x => x.Message.Contains(phrase, StringComparison.OrdinalIgnoreCase));
        Assert.Equal(line, error.Line);
        Assert.Equal("notebooks/A9.dib", error.File);
        Assert.Contains($"notebooks/A9.dib:{line}: ", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ReportsEveryProblem_WithoutThrowing()
    {
        var errors = SolutionRegions.Validate("#!csharp\n// END SOLUTION\n#!csharp\n// BEGIN SOLUTION\n", File);

        Assert.Equal([2, 4], errors.Select(e => e.Line));
        Assert.All(errors, e => Assert.StartsWith($"{File}:", e.ToString(), StringComparison.Ordinal));
    }

    [Fact]
    public void ToStudentVersion_AnyRegionContent_IsRemovedAndEverythingElseKept()
    {
        // Lines that cannot be mistaken for markers or cell headers.
        var plainLine = Gen.String[Gen.Char['a', 'z'], 0, 12].Select(s => "x" + s);
        var lines = plainLine.Array[0, 5];
        Gen.Select(lines, lines, lines, lines).Sample((before, solution, placeholder, after) =>
        {
            // Given an instructor cell with a region between plain lines
            var text = string.Join('\n', ["#!csharp", .. before, SolutionRegions.CodeBegin, .. solution.Select(s => "S" + s),
                SolutionRegions.CodePlaceholder, .. placeholder.Select(p => "// " + p), SolutionRegions.CodeEnd, .. after]);

            // When
            var student = SolutionRegions.ToStudentVersion(text, File);

            // Then the solution is gone, the placeholder is uncommented and the rest is unchanged
            var expected = string.Join('\n', ["#!csharp", .. before, .. placeholder, .. after]);
            Assert.Equal(expected, student);
        });
    }

    [Fact]
    public void ToStudentVersion_IsIdempotent()
    {
        var plainLine = Gen.String[Gen.Char['a', 'z'], 0, 8].Select(s => "x" + s);
        Gen.Select(plainLine.Array[0, 4], plainLine.Array[1, 4], Gen.Bool).Sample((before, solution, markdown) =>
        {
            var text = markdown
                ? string.Join('\n', ["#!markdown", .. before, SolutionRegions.MarkdownBegin, .. solution, SolutionRegions.MarkdownEnd])
                : string.Join('\n', ["#!csharp", .. before, SolutionRegions.CodeBegin, .. solution, SolutionRegions.CodeEnd]);

            var once = SolutionRegions.ToStudentVersion(text, File);

            Assert.Equal(once, SolutionRegions.ToStudentVersion(once, File));
            Assert.Empty(SolutionRegions.Find(once, File));
        });
    }
}

using System.Diagnostics;
using System.Security.Cryptography;
using NeuroBalance.Course;
using NeuroBalance.Course.Authoring;
using NeuroBalance.Course.Export;
using NeuroBalance.Course.Linting;
using NeuroBalance.Course.Running;

namespace NeuroBalance.Notebooks.Tests;

/// <summary>
/// The instructor tasks of docs/instructors.md, each performed on a temporary copy of the course and
/// checked the way an instructor would: lint, run in the real kernel, make the student version. The copy
/// is built once, after every C# edit, so the tasks that need no build are proven to need none (their edits
/// come after the build).
/// </summary>
public sealed class InstructorTaskTests : IClassFixture<InstructorTaskTests.EditedCourse>
{
    private readonly EditedCourse course;

    public InstructorTaskTests(EditedCourse course) => this.course = course;

    [Fact]
    public void ChangeWordingHintOrTolerance_OneDataFile_NoBuild_ShowsOnTheNextRun()
    {
        Assert.Equal(["notebooks/A4-exercises-tour/exercises.yaml"], course.Touched(EditedCourse.Wording));
        Assert.True(course.Tour.Succeeded, course.Tour.DescribeFailures());
        Assert.Contains(course.Tour.HtmlOutputs, o => o.Value.Contains(EditedCourse.NewTitle, StringComparison.Ordinal));
        Assert.DoesNotContain(course.Tour.HtmlOutputs, o => o.Value.Contains("How much dopamine fills 90% of a site?", StringComparison.Ordinal));
    }

    [Fact]
    public void ChangeTheParameterAnAnswerDependsOn_OnePlace_ExpectedValueAndTextFollow()
    {
        Assert.Equal(["notebooks/A4-exercises-tour/ExercisesTour.cs"], course.Touched(EditedCourse.Parameter));

        // The reference solution (written in terms of the parameter) still passes, and the card shows the new Kd.
        Assert.True(course.Tour.Succeeded, course.Tour.DescribeFailures());
        Assert.Contains(course.Tour.HtmlOutputs, o => o.Value.Contains("Kd = 80 nM", StringComparison.Ordinal));
        Assert.DoesNotContain(course.Tour.HtmlOutputs, o => o.Value.Contains("nb-ex", StringComparison.Ordinal) && o.Value.Contains("Kd = 90 nM", StringComparison.Ordinal));
    }

    [Fact]
    public void AddAnExercise_TheLessonsUnitOnly_RunsAndChecks()
    {
        Assert.All(course.Touched(EditedCourse.NewExercise), f => Assert.True(f.StartsWith("notebooks/A4-exercises-tour", StringComparison.Ordinal), f));
        Assert.Contains(course.Tour.HtmlOutputs, o => o.Value.Contains("a4-added-half", StringComparison.Ordinal) && o.Value.Contains("data-status=\"passed\"", StringComparison.Ordinal));
    }

    [Fact]
    public void AddAChart_TheLessonsUnitOnly_DrawsInTheRealKernel()
    {
        Assert.All(course.Touched(EditedCourse.NewChart), f => Assert.True(f.StartsWith("notebooks/A4-exercises-tour", StringComparison.Ordinal), f));
        Assert.Contains(course.Tour.HtmlOutputs, o => o.Value.Contains("Added by an instructor", StringComparison.Ordinal) && o.Value.Contains("Plotly.newPlot", StringComparison.Ordinal));
    }

    [Fact]
    public void AddALesson_NewLessonThenTheUnitOnly_BuildsLintsRunsAndHasAStudentVersion()
    {
        var touched = course.Touched(EditedCourse.NewLesson);
        Assert.Contains("notebooks/09-instructor-check.dib", touched);
        Assert.Contains("notebooks/09-instructor-check/exercises.yaml", touched);
        Assert.Contains("notebooks/09-instructor-check/Lesson09InstructorCheck.cs", touched);
        Assert.Contains("notebooks/course.json", touched);
        Assert.All(touched, f => Assert.True(
            f.StartsWith("notebooks/09-instructor-check", StringComparison.Ordinal) || f is "notebooks/course.json" or "README.md" or "notebooks/00-start-here.dib", f));
        Assert.Contains(touched, f => f == "README.md");

        Assert.True(course.NewLessonRun.Succeeded, course.NewLessonRun.DescribeFailures());
        Assert.Equal(4, course.NewLessonRun.HtmlOutputs.Count(o => o.Value.Contains("data-status=\"passed\"", StringComparison.Ordinal)));
        Assert.DoesNotContain(course.Lint, f => f.Severity == LintSeverity.Error);
        Assert.DoesNotContain("BEGIN SOLUTION", course.StudentNewLesson, StringComparison.Ordinal);
        Assert.DoesNotContain("Occupancy.ConcentrationFor(0.9", course.StudentNewLesson, StringComparison.Ordinal);
    }

    [Fact]
    public void ReorderLessons_CourseJsonOnly_TablesFollowAfterCourseTable()
    {
        Assert.Equal(["notebooks/course.json"], course.Touched(EditedCourse.Reorder));
        var readme = File.ReadAllText(Path.Combine(course.Root.FullName, "README.md"));
        Assert.True(readme.IndexOf("| A4: A tour of the exercises · `learn/", StringComparison.Ordinal) is > 0 and var a4 && a4 < readme.IndexOf("| 01 · Origin and the idea of balance · `learn/", StringComparison.Ordinal));
        Assert.Empty(CourseTables.Stale(course.Repository));
    }

    /// <summary>A copy of the course with every instructor task done; built once; the two lessons run in the real kernel.</summary>
    public sealed class EditedCourse : IAsyncLifetime
    {
        internal const string Wording = "wording";
        internal const string Parameter = "parameter";
        internal const string NewExercise = "exercise";
        internal const string NewChart = "chart";
        internal const string NewLesson = "lesson";
        internal const string Reorder = "reorder";
        internal const string NewTitle = "How much dopamine fills nine tenths of the site?";

        private readonly Dictionary<string, IReadOnlyList<string>> touched = new(StringComparer.Ordinal);

        internal DirectoryInfo Root { get; } = Directory.CreateTempSubdirectory("nb-instructor-");

        internal CourseRepository Repository => CourseRepository.Locate(Root.FullName);

        internal NotebookResult Tour { get; private set; } = null!;

        internal NotebookResult NewLessonRun { get; private set; } = null!;

        internal IReadOnlyList<LintFinding> Lint { get; private set; } = [];

        internal string StudentNewLesson { get; private set; } = string.Empty;

        internal IReadOnlyList<string> Touched(string task) => touched[task];

        public async ValueTask InitializeAsync()
        {
            var source = NotebookRuns.Repository.Root;
            foreach (var file in new[] { "NeuroBalance.sln", "global.json", ".editorconfig", "Directory.Build.props", "Directory.Packages.props", "README.md", ".config/dotnet-tools.json" })
            {
                Copy(Path.Combine(source.FullName, file), Path.Combine(Root.FullName, file));
            }

            foreach (var folder in new[] { "src", "notebooks", "docs" })
            {
                foreach (var file in Directory.EnumerateFiles(Path.Combine(source.FullName, folder), "*", SearchOption.AllDirectories)
                             .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                                         && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)))
                {
                    Copy(file, Path.Combine(Root.FullName, Path.GetRelativePath(source.FullName, file)));
                }
            }

            // Tasks with C#: the parameter, a chart, a new lesson. Then one build.
            Task(Parameter, () => Edit("notebooks/A4-exercises-tour/ExercisesTour.cs", "Concentration.FromNanomolar(90)", "Concentration.FromNanomolar(80)"));
            Task(NewChart, () =>
            {
                File.WriteAllText(Path.Combine(Root.FullName, "notebooks/A4-exercises-tour/TourCharts.cs"), """
                    using NeuroBalance.Charts;

                    namespace NeuroBalance.Lessons;

                    /// <summary>A chart added by an instructor.</summary>
                    public static class TourCharts
                    {
                        /// <summary>Occupancy of the low-affinity TH site.</summary>
                        /// <returns>The chart.</returns>
                        public static Figure Occupancy() => new Figure("Added by an instructor", "Occupancy of the low-affinity site against dopamine.",
                            new Axis("Dopamine", "nM"), new Axis("Occupancy", "fraction"),
                            [new Series("low-affinity site", [10.0, 90, 810], [0.1, 0.5, 0.9])]);
                    }
                    """);
                Edit("notebooks/A4-exercises-tour.dib", "#!markdown\n\n## 2. A function you write", "#!csharp\n\nTourCharts.Occupancy()\n\n#!markdown\n\n## 2. A function you write");
            });
            Task(NewLesson, () => LessonScaffold.Create(Repository, "09-instructor-check", "09 · Instructor check", "Integration"));
            await Build();

            // Tasks without C#, after the build: they must need none.
            Task(Wording, () => Edit("notebooks/A4-exercises-tour/exercises.yaml", "title: How much dopamine fills 90% of a site?", "title: " + NewTitle));
            Task(NewExercise, () =>
            {
                Edit("notebooks/A4-exercises-tour/exercises.yaml", "exercises:\n", """
                    exercises:
                      - id: a4-added-half
                        kind: numeric
                        answer: number
                        expected: occupancyAt40
                        tolerance: 0.01
                        title: An added exercise
                        prompt: What fraction of the low-affinity site is occupied at {dopamine}?
                        hints: ["Use θ = [L] / ([L] + Kd)."]
                        solution: double? half = {occupancyAt40:F3};
                        sources: [hulme2010]
                        evidence: model

                    """);
                Edit("notebooks/A4-exercises-tour.dib", "#!markdown\n\n## 2. A function you write", "#!csharp\n\nExercise.Get(\"a4-added-half\").Check(ExercisesTour.PredictionDopamine / (ExercisesTour.PredictionDopamine + ExercisesTour.LowAffinityKd))\n\n#!markdown\n\n## 2. A function you write");
            });
            Task(Reorder, () =>
            {
                // Move A4 to the second place of the course list.
                var path = Path.Combine(Root.FullName, "notebooks/course.json");
                var map = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(path))!;
                var lessons = map["lessons"]!.AsArray();
                var tour = lessons.Single(l => (string?)l!["file"] == "A4-exercises-tour.dib")!;
                lessons.Remove(tour);
                lessons.Insert(1, tour);
                File.WriteAllText(path, map.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
            });
            CourseTables.Update(Repository);

            var runner = new NotebookRunner(Repository);
            var cancel = TestContext.Current.CancellationToken;
            Tour = await runner.RunAsync(Path.Combine(Root.FullName, "notebooks/A4-exercises-tour.dib"), cancellationToken: cancel);
            NewLessonRun = await runner.RunAsync(Path.Combine(Root.FullName, "notebooks/09-instructor-check.dib"), cancellationToken: cancel);
            Lint = new NotebookLinter(Repository).Lint([new FileInfo(Path.Combine(Root.FullName, "notebooks/A4-exercises-tour.dib")), new FileInfo(Path.Combine(Root.FullName, "notebooks/09-instructor-check.dib"))], checkCourseMap: false);
            var student = Directory.CreateDirectory(Path.Combine(Root.FullName, "artifacts", "student"));
            var written = CourseVersions.Write(Repository, [new FileInfo(Path.Combine(Root.FullName, "notebooks/09-instructor-check.dib"))], student, CourseVersion.Student);
            StudentNewLesson = File.ReadAllText(Assert.Single(written).Written!.FullName);
        }

        public ValueTask DisposeAsync()
        {
            Root.Delete(recursive: true);
            return ValueTask.CompletedTask;
        }

        private static void Copy(string from, string to)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.Copy(from, to);
        }

        private void Task(string name, Action edit)
        {
            var before = Snapshot();
            edit();
            var after = Snapshot();
            touched[name] = after.Where(a => !before.TryGetValue(a.Key, out var hash) || hash != a.Value).Select(a => a.Key)
                .Concat(before.Keys.Where(k => !after.ContainsKey(k))).Order(StringComparer.Ordinal).ToArray();
        }

        private Dictionary<string, string> Snapshot() =>
            Directory.EnumerateFiles(Root.FullName, "*", SearchOption.AllDirectories)
                .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                            && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
                .ToDictionary(f => Path.GetRelativePath(Root.FullName, f).Replace('\\', '/'), f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))), StringComparer.Ordinal);

        private void Edit(string relative, string find, string replace)
        {
            var path = Path.Combine(Root.FullName, relative);
            var text = File.ReadAllText(path);
            Assert.Contains(find, text, StringComparison.Ordinal);
            var at = text.IndexOf(find, StringComparison.Ordinal);
            text = string.Concat(text.AsSpan(0, at), replace, text.AsSpan(at + find.Length));
            File.WriteAllText(path, text);
            File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddSeconds(2));
        }

        private async Task Build()
        {
            var start = new ProcessStartInfo("dotnet", ["build", "src/NeuroBalance.Lessons", "-v", "q", "-nologo"])
            {
                WorkingDirectory = Root.FullName,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            using var process = Process.Start(start)!;
            var output = await process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
            await process.WaitForExitAsync(TestContext.Current.CancellationToken);
            Assert.True(process.ExitCode == 0, "The edited course did not build:\n" + output);
        }
    }
}

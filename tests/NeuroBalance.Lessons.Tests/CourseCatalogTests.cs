using AngleSharp.Html.Parser;
using NeuroBalance.Content;
using NeuroBalance.Course;
using NeuroBalance.Course.Documents;
using NeuroBalance.Exercises;
using NeuroBalance.Exercises.Display;

namespace NeuroBalance.Lessons.Tests;

/// <summary>The course's exercise catalog, built from the lesson units' exercise files and code.</summary>
public sealed partial class CourseCatalogTests
{
    private static readonly ExerciseCatalog Course = CourseLessons.Catalog();

    [Fact]
    public void EveryLessonUnit_Builds_AndEveryExpectedValueIsComputable()
    {
        // Building every set reads and validates every exercise file; an error names file:line:col.
        Assert.NotEmpty(Course.All);
        foreach (var exercise in Course.All)
        {
            Assert.NotEmpty(exercise.Hints);
            Assert.NotEmpty(exercise.Sources);
            switch (exercise)
            {
                case NumericExercise<double> n:
                    Assert.True(double.IsFinite(n.Expected), exercise.Id);
                    break;
                case NumericExercise<Quantities.Concentration> c:
                    Assert.True(c.Expected.Nanomolar > 0, exercise.Id);
                    break;
            }
        }
    }

    [Fact]
    public void Tour_HasEveryKind()
    {
        var tour = Course.ForNotebook("A4-exercises-tour.dib");

        Assert.Equal(Enum.GetValues<ExerciseKind>(), tour.Select(e => e.Kind).Distinct().Order());
        Assert.All(tour, e => Assert.Equal("A4-exercises-tour", e.Notebook));
    }

    [Fact]
    public void Get_UnknownId_SuggestsTheClosest()
    {
        var e = Assert.Throws<InvalidParameterException>(() => Course.Get("A4-Ninety-Percent"));

        Assert.Contains("No exercise has the id \"A4-Ninety-Percent\"", e.Message, StringComparison.Ordinal);
        Assert.Contains("a4-ninety-percent", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ExerciseCard_ShowsKindPromptOptionsAndSources()
    {
        var card = Course.Get("a4-low-kd-meaning").ToHtml();

        var document = new HtmlParser().ParseDocument(card);
        Assert.Contains("Multiple choice", document.QuerySelector(".nb-ex-head")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(4, document.QuerySelectorAll("ol.nb-ex-choices li").Length);
        Assert.Contains("https://doi.org/10.1111/j.1476-5381.2009.00604.x", card, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryExerciseGetInTheNotebooks_NamesAnExerciseOfThatNotebook()
    {
        // Given every Exercise.Get("...") in the course notebooks
        var repository = CourseRepository.Locate(AppContext.BaseDirectory);
        var uses = repository.FindNotebooks()
            .SelectMany(f => ExerciseCalls.Ids(File.ReadAllText(f.FullName)).Select(id => (Notebook: Path.GetFileNameWithoutExtension(f.Name), Id: id)))
            .ToArray();

        // Then each id exists and belongs to the set of the notebook that uses it
        Assert.NotEmpty(uses);
        Assert.All(uses, use => Assert.Equal(use.Notebook, Course.Get(use.Id).Notebook));
    }

    [Fact]
    public void EveryExerciseOfALesson_IsUsedByItsNotebook()
    {
        var repository = CourseRepository.Locate(AppContext.BaseDirectory);
        foreach (var set in Course.Sets)
        {
            var notebook = File.ReadAllText(Path.Combine(repository.NotebooksFolder.FullName, set.Notebook + ".dib"));
            Assert.All(set.Exercises, e => Assert.Contains(e.Id, ExerciseCalls.Ids(notebook)));
        }
    }

    [Fact]
    public void CorrectingAReference_ChangesEveryExerciseThatCitesIt()
    {
        // Given: a copy of the knowledge base in which one reference entry is corrected (its authors)
        var folder = Directory.CreateTempSubdirectory("nb-kb-");
        try
        {
            foreach (var source in KnowledgeBase.EmbeddedSources())
            {
                var text = source.FileName == "references.yaml"
                    ? source.Text.Replace("authors: Hulme EC, Trevethick MA", "authors: Hulmes EC, Trevethick MA", StringComparison.Ordinal)
                    : source.Text;
                File.WriteAllText(Path.Combine(folder.FullName, source.FileName), text);
            }

            var corrected = KnowledgeBase.LoadFolder(folder.FullName);
            var before = Course.All.Where(e => e.Sources.Any(c => c.Label == "Hulme & Trevethick 2010")).Select(e => e.Id).ToArray();

            // When: the course is built against it
            var after = CourseLessons.Catalog(knowledge: () => corrected);

            // Then: every exercise that cited it shows the corrected entry, and no other changes
            Assert.NotEmpty(before);
            Assert.All(before, id => Assert.Contains(after.Get(id).Sources, c => c.Label == "Hulmes & Trevethick 2010"));
            Assert.DoesNotContain(after.All, e => e.Sources.Any(c => c.Label == "Hulme & Trevethick 2010"));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}

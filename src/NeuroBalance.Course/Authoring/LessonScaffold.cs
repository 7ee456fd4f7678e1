using System.Globalization;
using System.Text.RegularExpressions;

namespace NeuroBalance.Course.Authoring;

/// <summary>
/// Creates a new lesson from a template that already meets the lint contract, and registers it in
/// the course map (<c>notebooks/course.json</c>).
/// </summary>
public static partial class LessonScaffold
{
    /// <summary>The kernel metadata every lesson starts with (as in <c>notebooks/00-start-here.dib</c>).</summary>
    public const string KernelMetadata = """{"kernelInfo":{"defaultKernelName":"csharp","items":[{"aliases":[],"name":"csharp"},{"aliases":[],"name":"markdown"}]}}""";

    /// <summary>The line that loads the course library, relative to <c>notebooks/</c>.</summary>
    public const string LibraryReference = "#r \"../src/NeuroBalance.Lessons/bin/Debug/net10.0/NeuroBalance.Lessons.dll\"\nNeuroBalance.Lessons.CourseLessons.Load();";

    /// <summary>Creates <c>notebooks/&lt;name&gt;.dib</c> and appends it to the course map.</summary>
    /// <param name="repository">The repository.</param>
    /// <param name="name">The file name without extension: lower-case letters, digits and '-', e.g. <c>01-serotonin-synthesis</c>.</param>
    /// <param name="title">The lesson title; derived from <paramref name="name"/> when null.</param>
    /// <param name="part">The course part, e.g. <c>Origin</c>.</param>
    /// <returns>The new notebook.</returns>
    /// <exception cref="ArgumentException">The name is not valid.</exception>
    /// <exception cref="IOException">A lesson of that name already exists.</exception>
    public static FileInfo Create(CourseRepository repository, string name, string? title, string part)
    {
        ArgumentNullException.ThrowIfNull(repository);
        if (name is null || !ValidName().IsMatch(name))
        {
            throw new ArgumentException(
                $"The lesson name must be 2-60 lower-case letters, digits and '-', starting with a letter or digit (e.g. 01-serotonin-synthesis), but was '{name}'.", nameof(name));
        }

        if (name is "index" or "glossary" or "report" || name.StartsWith("doc-", StringComparison.Ordinal))
        {
            throw new ArgumentException(
                $"The lesson name '{name}' is reserved: the course site already has a page called {name}.html (index, glossary, report and doc-* are taken). Choose another name, e.g. 01-{name}.", nameof(name));
        }

        var file = new FileInfo(Path.Combine(repository.NotebooksFolder.FullName, name + ".dib"));
        if (file.Exists)
        {
            throw new IOException($"{repository.RelativePath(file)} already exists; choose another name.");
        }

        // A name that differs only in case (A3-x vs a3-x) collides on Windows and macOS and confuses learners.
        var clash = repository.NotebooksFolder.Exists
            ? repository.NotebooksFolder.GetFiles("*.dib").FirstOrDefault(f => string.Equals(f.Name, file.Name, StringComparison.OrdinalIgnoreCase))
            : null;
        var map = CourseMap.Load(repository);
        var registered = map.Lessons.FirstOrDefault(l => string.Equals(l.File, file.Name, StringComparison.OrdinalIgnoreCase));
        if (clash is not null || registered is not null)
        {
            throw new IOException(
                $"A lesson named like '{name}' already exists ({clash?.Name ?? registered!.File}, names are compared ignoring case); choose another name.");
        }

        repository.NotebooksFolder.Create();
        File.WriteAllText(file.FullName, Template(Numbered(name, string.IsNullOrWhiteSpace(title) ? TitleFrom(name) : title.Trim())));
        map.With(new CourseMapEntry(file.Name, string.IsNullOrWhiteSpace(part) ? "Lessons" : part.Trim())).Save(repository);
        return file;
    }

    /// <summary>The text of a new lesson: every part of the lesson checklist (docs/lessons.md), with placeholders.</summary>
    /// <param name="title">The lesson title.</param>
    /// <returns>A .dib that runs; lint then lists what is left to write (the exercises, NB011).</returns>
    public static string Template(string title) => $$"""
        #!meta

        {{KernelMetadata}}

        #!markdown

        # {{title.ReplaceLineEndings(" ")}}

        In one or two sentences: what this lesson is about, and why it matters for neurotransmitter balance.

        **Estimated time:** 30 min

        **Prerequisites:** [00 · Start here](00-start-here.dib)

        > **Education, not medical advice.** This lesson explains mechanisms and published findings. It does
        > not diagnose, treat or recommend anything.

        ## Learning objectives

        - Explain the first idea of this lesson in your own words.
        - Calculate one quantity of the model, with its unit.
        - Predict how the chart responds when you change a parameter, then check.

        #!csharp

        {{LibraryReference}}

        #!markdown

        ## 1. The first idea

        Explain one idea in a few short paragraphs. Every number needs a source (DOI or PMID) and an
        evidence level: *human*, *primate*, *rodent*, *in vitro*, *model* or *illustrative*.

        #!csharp

        using NeuroBalance.Quantities;

        // Replace with a call to a library model or chart helper (charts are NeuroBalance.Charts.Figure or SliderFigure).
        var concentration = Concentration.FromNanomolar(90);
        concentration

        #!markdown

        After each idea comes an exercise: add an exercise set in src/NeuroBalance/Exercises/Catalog and
        answer it here with `Exercise.Get("<id>")` and a solution region (see docs/exercises.md).

        **Think!** A question to discuss: what would you expect, and why?

        ## Summary

        - The one thing to remember from section 1.

        ## Further reading

        - List each source you cite above: authors, year, title, journal, and a DOI or PMID link.

        ## For instructors

        - **What to adapt:** the parameters and examples that are safe to change.
        - **Common misconceptions:** what learners often get wrong here, and how the lesson addresses it.

        """;

    /// <summary>Puts the lesson number in front of a numbered lesson's title ("01 · Title"), unless it is there.</summary>
    private static string Numbered(string name, string title)
    {
        if (!Linting.LessonChecklist.AppliesTo(name + ".dib"))
        {
            return title;
        }

        var number = name[..2];
        return title.StartsWith(number, StringComparison.Ordinal) ? title : $"{number} · {title}";
    }

    private static string TitleFrom(string name)
    {
        var words = name.TrimStart('0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '-').Replace('-', ' ').Trim();
        words = words.Length == 0 ? name : words;
        return char.ToUpper(words[0], CultureInfo.InvariantCulture) + words[1..];
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{1,59}$")]
    private static partial Regex ValidName();
}

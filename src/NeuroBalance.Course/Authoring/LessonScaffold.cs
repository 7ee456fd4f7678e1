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

        if (IsWindowsDeviceName(name))
        {
            throw new ArgumentException(
                $"The lesson name '{name}' is a device name on Windows (CON, PRN, AUX, NUL, COM1-COM9, LPT1-LPT9): a file or folder of that name cannot be checked out there. Choose another name, e.g. 01-{name}-lesson.", nameof(name));
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

        var unit = new DirectoryInfo(Path.Combine(repository.NotebooksFolder.FullName, name));
        if (unit.Exists)
        {
            throw new IOException($"{repository.RelativePath(unit)}/ already exists; choose another name or remove that folder.");
        }

        repository.NotebooksFolder.Create();
        unit.Create();
        File.WriteAllText(file.FullName, Template(Numbered(name, string.IsNullOrWhiteSpace(title) ? TitleFrom(name) : title.Trim()), name));
        File.WriteAllText(Path.Combine(unit.FullName, "exercises.yaml"), ExerciseFile(name));
        File.WriteAllText(Path.Combine(unit.FullName, CodeClassName(name) + ".cs"), LessonCode(name));
        map.With(new CourseMapEntry(file.Name, string.IsNullOrWhiteSpace(part) ? "Lessons" : part.Trim())).Save(repository);
        CourseTables.Update(repository);
        return file;
    }

    /// <summary>The C# class name of a lesson's code, e.g. <c>Lesson09GabaShunt</c> for <c>09-gaba-shunt</c>.</summary>
    /// <param name="name">The lesson's file name without extension.</param>
    /// <returns>A valid C# identifier.</returns>
    public static string CodeClassName(string name) =>
        "Lesson" + string.Concat(name.Split('-', StringSplitOptions.RemoveEmptyEntries).Select(w => char.ToUpperInvariant(w[0]) + w[1..]));

    /// <summary>The exercise file of a new lesson: one exercise of each kind, numbers filled in from the lesson's code.</summary>
    /// <param name="name">The lesson's file name without extension.</param>
    /// <returns>The YAML text.</returns>
    public static string ExerciseFile(string name) => $$"""
        # The exercises of {{name}}: one of each kind to start from. Edit wording, hints and tolerances here;
        # the notebook picks up a change the next time it fetches the exercise (no build). A word in braces,
        # such as {kd}, is a value computed by {{CodeClassName(name)}}.cs in this folder. Schema and examples:
        # docs/instructors.md ("The exercise file").
        version: 1
        lesson: {{name}}
        exercises:
          - id: {{IdStem(name)}}ninety
            kind: numeric
            answer: concentration
            expected: ninety
            tolerance: 2%
            title: How much ligand fills 90% of the sites?
            prompt: >-
              A receptor has Kd = {kd}. Under the law of mass action, at what free ligand concentration
              are **90%** of its sites occupied? Answer with a `Concentration`, in any unit.
            hints:
              - Occupancy is θ = [L] / ([L] + Kd). Which θ is asked for?
              - "Solve for [L]: [L] = Kd · θ / (1 − θ)."
              - θ / (1 − θ) = 0.9 / 0.1 = 9, so [L] = 9 × {kd}.
            solution: var answer = Concentration.FromNanomolar(9 * {kdNanomolar}); // {ninety}
            explanation: "[L] = 9 · Kd = {ninety}."
            sources: [hulme2010]
            evidence: model

          - id: {{IdStem(name)}}predict
            kind: prediction
            answer: number
            expected: occupancyAtLigand
            tolerance: 0.05
            model: "mass action at [L] = {ligand}, Kd = {kd}"
            title: "Predict, then run: occupancy at {ligand}"
            prompt: >-
              At {ligand} free ligand, what fraction of the sites (Kd = {kd}) is occupied? Write down your
              prediction (0 to 1) before you run the model.
            hints:
              - Is {ligand} above or below the Kd? Below the Kd, fewer than half of the sites are occupied.
              - θ = [L] / ([L] + Kd).
            solution: "double? prediction = {occupancyAtLigand:F2};"
            explanation: θ = {ligandNanomolar} / ({ligandNanomolar} + {kdNanomolar}) ≈ {occupancyAtLigand:F2}.
            sources: [hulme2010]
            evidence: model

          - id: {{IdStem(name)}}choice
            kind: multiple-choice
            title: What does a low Kd mean?
            prompt: A binding assay reports a low Kd. What does it tell you?
            choices:
              - text: "High affinity: half of the sites are occupied at a low concentration."
                correct: true
                why: Right. Kd is the free concentration at which half of the sites are occupied.
              - text: Low affinity.
                why: "It is the other way round: the lower Kd, the less ligand fills half of the sites."
              - text: More binding sites.
                why: The number of sites is Bmax, a separate quantity.
            hints:
              - At [L] = Kd the occupancy is exactly one half.
            solution: var answer = "A";
            sources: [hulme2010]
            evidence: model

          - id: {{IdStem(name)}}function
            kind: code
            reference: occupancy
            title: Write the occupancy law as a function
            prompt: >-
              Write θ = [L] / ([L] + Kd) as a C# function of the ligand concentration and Kd, both in nM.
            cases:
              - { label: ligand at the Kd, args: [kdNanomolar, kdNanomolar] }
              - { label: ligand at 9 × Kd, args: [810, 90] }
              - { label: no ligand, args: [0, 90], edge: true }
            hints:
              - "The function takes two numbers: `(ligandNanomolar, kdNanomolar) => ...`."
              - The occupied fraction is the ligand over the sum of ligand and Kd.
            solution: "Func<double, double, double> occupancy = (l, kd) => l / (l + kd);"
            sources: [hulme2010]
            evidence: model

        """;

    /// <summary>The lesson code of a new lesson: the values its exercise file names.</summary>
    /// <param name="name">The lesson's file name without extension.</param>
    /// <returns>The C# text.</returns>
    public static string LessonCode(string name) => $$"""
        using NeuroBalance.Exercises;
        using NeuroBalance.Models.Binding;
        using NeuroBalance.Quantities;

        namespace NeuroBalance.Lessons;

        /// <summary>The values of {{name}}'s exercise file (exercises.yaml in this folder): change a number here and every hint, solution and expected answer that shows it follows.</summary>
        public sealed class {{CodeClassName(name)}} : ILessonCode
        {
            /// <summary>Gets the receptor's Kd (illustrative).</summary>
            public static Concentration Kd { get; } = Concentration.FromNanomolar(90);

            /// <summary>Gets the ligand concentration of the prediction (illustrative).</summary>
            public static Concentration Ligand { get; } = Concentration.FromNanomolar(40);

            /// <inheritdoc />
            public string Lesson => "{{name}}";

            /// <inheritdoc />
            public void Define(LessonValues values) => values
                .Add("kd", () => Kd)
                .Add("kdNanomolar", () => Kd.Nanomolar)
                .Add("ninety", () => Occupancy.ConcentrationFor(0.9, Kd))
                .Add("ligand", () => Ligand)
                .Add("ligandNanomolar", () => Ligand.Nanomolar)
                .Add("occupancyAtLigand", () => Occupancy.MassAction(Ligand, Kd))
                .AddFunction("occupancy", (Func<double, double, double>)((ligand, kd) => Occupancy.MassAction(Concentration.FromNanomolar(ligand), Concentration.FromNanomolar(kd))));
        }

        """;

    /// <summary>The exercise-id stem of a lesson: its name and a hyphen, so ids are unique across the course, e.g. <c>09-gaba-shunt-</c>.</summary>
    private static string IdStem(string name) => name.ToLowerInvariant() + "-";

    /// <summary>The text of a new lesson: every part of the lesson checklist (docs/lessons.md), with placeholders.</summary>
    /// <param name="title">The lesson title.</param>
    /// <param name="name">The lesson's file name without extension (its exercise ids and code class derive from it).</param>
    /// <returns>A .dib that runs and lints; its exercises are those of <see cref="ExerciseFile"/>.</returns>
    public static string Template(string title, string name = "99-new-lesson") => $$"""
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

        using NeuroBalance.Exercises;
        using NeuroBalance.Lessons;
        using NeuroBalance.Models.Binding;
        using NeuroBalance.Quantities;

        // Replace with a call to a library model or chart helper (charts are NeuroBalance.Charts.Figure or SliderFigure).
        var concentration = {{CodeClassName(name)}}.Kd;
        concentration

        #!markdown

        After each idea comes an exercise. Its text lives in `{{name}}/exercises.yaml`, its numbers in
        `{{name}}/{{CodeClassName(name)}}.cs` (see docs/instructors.md).

        #!csharp

        var ninety = Exercise.Get("{{IdStem(name)}}ninety");
        ninety

        #!csharp

        // BEGIN SOLUTION
        var answer = Occupancy.ConcentrationFor(0.9, {{CodeClassName(name)}}.Kd);
        // STUDENT PLACEHOLDER
        // Concentration? answer = null; // ✏️ replace null, e.g. Concentration.FromNanomolar(...)
        // END SOLUTION
        ninety.Check(answer)

        #!markdown

        Predict first, then run.

        #!csharp

        var predict = Exercise.Get("{{IdStem(name)}}predict");
        predict

        #!csharp

        // BEGIN SOLUTION
        double? prediction = 0.3;
        // STUDENT PLACEHOLDER
        // double? prediction = null; // ✏️ your prediction, 0 to 1
        // END SOLUTION
        predict.Check(prediction)

        #!csharp

        var lowKd = Exercise.Get("{{IdStem(name)}}choice");
        lowKd

        #!csharp

        // BEGIN SOLUTION
        var choice = "A";
        // STUDENT PLACEHOLDER
        // string? choice = null; // ✏️ "A", "B" or "C"
        // END SOLUTION
        lowKd.Check(choice)

        #!csharp

        var law = Exercise.Get("{{IdStem(name)}}function");
        law

        #!csharp

        // BEGIN SOLUTION
        Func<double, double, double> occupancy = (l, kd) => l / (l + kd);
        // STUDENT PLACEHOLDER
        // Func<double, double, double> occupancy = (l, kd) => throw new NotImplementedException(); // ✏️ your formula
        // END SOLUTION
        law.Check(occupancy)

        #!markdown

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
        if (!NumberedLesson.Is(name + ".dib"))
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

    /// <summary>Whether Windows reserves <paramref name="name"/> for a device (compared ignoring case; the regular name check already rules out dots and spaces).</summary>
    private static bool IsWindowsDeviceName(string name) =>
        name.ToUpperInvariant() is "CON" or "PRN" or "AUX" or "NUL" || WindowsNumberedDevice().IsMatch(name);

    [GeneratedRegex("^(com|lpt)[0-9]$", RegexOptions.IgnoreCase)]
    private static partial Regex WindowsNumberedDevice();

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{1,59}$")]
    private static partial Regex ValidName();
}

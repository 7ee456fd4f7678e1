using System.Globalization;
using System.Text;
using System.Xml;
using NeuroBalance.Course.Building;
using NeuroBalance.Course.Running;

namespace NeuroBalance.Course.Reports;

/// <summary>
/// The per-cell test report (JUnit XML: one test suite per notebook, one test case per code cell) and
/// the timing summary of a course build.
/// </summary>
public static class BuildReports
{
    /// <summary>Writes the JUnit XML report.</summary>
    /// <param name="lessons">The built lessons.</param>
    /// <param name="path">The report file.</param>
    public static void WriteJUnit(IReadOnlyList<LessonBuild> lessons, string path)
    {
        ArgumentNullException.ThrowIfNull(lessons);
        var settings = new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false) };
        using var xml = XmlWriter.Create(path, settings);
        xml.WriteStartElement("testsuites");
        xml.WriteAttributeString("name", "NeuroBalance course build");
        xml.WriteAttributeString("tests", Invariant(lessons.Sum(l => Cases(l).Count())));
        xml.WriteAttributeString("failures", Invariant(lessons.Sum(l => Cases(l).Count(c => c.Failure is not null))));
        xml.WriteAttributeString("time", Seconds(TimeSpan.FromTicks(lessons.Sum(l => l.Result?.Duration.Ticks ?? 0))));
        foreach (var lesson in lessons)
        {
            var cases = Cases(lesson).ToArray();
            xml.WriteStartElement("testsuite");
            xml.WriteAttributeString("name", lesson.Name);
            xml.WriteAttributeString("tests", Invariant(cases.Length));
            xml.WriteAttributeString("failures", Invariant(cases.Count(c => c.Failure is not null)));
            xml.WriteAttributeString("skipped", Invariant(cases.Count(c => c.Skipped is not null)));
            xml.WriteAttributeString("time", Seconds(lesson.Result?.Duration ?? TimeSpan.Zero));
            foreach (var (name, time, failure, skipped) in cases)
            {
                xml.WriteStartElement("testcase");
                xml.WriteAttributeString("classname", lesson.Name);
                xml.WriteAttributeString("name", Clean(name));
                xml.WriteAttributeString("time", Seconds(time));
                if (failure is not null)
                {
                    xml.WriteStartElement("failure");
                    xml.WriteAttributeString("message", Clean(failure.Split('\n')[0]));
                    xml.WriteString(Clean(failure));
                    xml.WriteEndElement();
                }
                else if (skipped is not null)
                {
                    xml.WriteStartElement("skipped");
                    xml.WriteAttributeString("message", skipped);
                    xml.WriteEndElement();
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    /// <summary>Builds the timing summary as a Markdown table.</summary>
    /// <param name="lessons">The built lessons.</param>
    /// <param name="total">The wall time of the whole build.</param>
    /// <returns>Markdown text.</returns>
    public static string TimingMarkdown(IReadOnlyList<LessonBuild> lessons, TimeSpan total)
    {
        ArgumentNullException.ThrowIfNull(lessons);
        var text = new StringBuilder("# Build timing\n\n| Notebook | Result | Code cells | Time (s) | Slowest cell (s) |\n| --- | --- | ---: | ---: | --- |\n");
        foreach (var row in Rows(lessons))
        {
            text.Append(CultureInfo.InvariantCulture, $"| {row.Notebook} | {OutcomeText.Of(row.Result)} | {row.CodeCells} | {row.Seconds:0.0} | {row.Slowest} |\n");
        }

        text.Append(CultureInfo.InvariantCulture, $"\nTotal: {lessons.Count} notebook(s), {lessons.Sum(l => l.Dib?.CodeCellCount ?? 0)} code cell(s), {total.TotalSeconds:0.0} s wall time (kernel start-up, cells and writing the site).\n");
        return text.ToString();
    }

    /// <summary>One row of the timing summary.</summary>
    /// <param name="Notebook">The notebook.</param>
    /// <param name="Result">How the lesson came out (its words: <see cref="OutcomeText"/>).</param>
    /// <param name="CodeCells">How many code cells it has.</param>
    /// <param name="Seconds">Wall time in the kernel.</param>
    /// <param name="Slowest">The slowest cell, e.g. <c>cell 4: 4.61</c>.</param>
    public sealed record TimingRow(string Notebook, LessonOutcome Result, int CodeCells, double Seconds, string Slowest);

    /// <summary>Gets the timing summary rows.</summary>
    /// <param name="lessons">The built lessons.</param>
    /// <returns>One row per lesson.</returns>
    public static IEnumerable<TimingRow> Rows(IReadOnlyList<LessonBuild> lessons) =>
        (lessons ?? throw new ArgumentNullException(nameof(lessons))).Select(l =>
        {
            var slowest = l.Result?.Cells.Where(c => c.Status is CellStatus.Passed or CellStatus.Failed).MaxBy(c => c.Duration);
            return new TimingRow(
                l.Name,
                l.Outcome,
                l.Dib?.CodeCellCount ?? 0,
                l.Result?.Duration.TotalSeconds ?? 0,
                slowest is null ? "-" : string.Create(CultureInfo.InvariantCulture, $"cell {slowest.Cell.Number}: {slowest.Duration.TotalSeconds:0.00}"));
        });

    private static IEnumerable<(string Name, TimeSpan Time, string? Failure, string? Skipped)> Cases(LessonBuild lesson)
    {
        if (lesson.FormatError is not null)
        {
            yield return ("read notebook", TimeSpan.Zero, lesson.FormatError, null);
            yield break;
        }

        if (lesson.Result?.SetupError is { } setup)
        {
            yield return ("start kernel", TimeSpan.Zero, setup, null);
        }

        foreach (var (cell, result) in lesson.Cells())
        {
            if (cell.IsMarkdown)
            {
                continue;
            }

            var name = string.Create(CultureInfo.InvariantCulture, $"cell {cell.Number} ({cell.KernelName}): {cell.Caption}");
            yield return result?.Status switch
            {
                CellStatus.Passed => (name, result.Duration, null, null),
                CellStatus.Failed => (name, result.Duration, string.Join("\n", result.Errors), null),
                _ => (name, TimeSpan.Zero, null, result?.NotRunReason ?? "not run: the notebook did not run (see 'start kernel')"),
            };
        }
    }

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Seconds(TimeSpan time) => time.TotalSeconds.ToString("0.000", CultureInfo.InvariantCulture);

    /// <summary>Removes characters that XML 1.0 cannot hold (kernel output may contain control characters).</summary>
    private static string Clean(string text) => new(text.Where(XmlConvert.IsXmlChar).ToArray());
}

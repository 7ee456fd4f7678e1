using NeuroBalance.Course.Building;
using NeuroBalance.Course.Export;
using NeuroBalance.Course.Reports;
using NeuroBalance.Course.Site;

namespace NeuroBalance.Course.Publishing;

/// <summary>
/// Writes everything a course build produces into one folder inside <c>artifacts/</c>: the site,
/// one <c>.ipynb</c> per lesson (with its outputs, and paths rewritten so it runs in that folder), <c>report/cells.junit.xml</c> and <c>report/timing.md</c>.
/// </summary>
public static class CourseOutput
{
    /// <summary>Replaces the folder's contents with the build's output.</summary>
    /// <param name="repository">The repository; the folder must be inside its <c>artifacts/</c>.</param>
    /// <param name="lessons">The built lessons.</param>
    /// <param name="output">The output folder.</param>
    /// <param name="options">Site options.</param>
    /// <param name="total">The build's wall time so far.</param>
    /// <exception cref="ArgumentException">The folder is outside <c>artifacts/</c>.</exception>
    public static void Write(CourseRepository repository, IReadOnlyList<LessonBuild> lessons, DirectoryInfo output, SiteOptions options, TimeSpan total) =>
        Write(repository, lessons, output, options, total, null);

    /// <summary>Replaces the folder's contents with the build's output; chart outputs in the .ipynb files get their static images.</summary>
    /// <param name="repository">The repository; the folder must be inside its <c>artifacts/</c>.</param>
    /// <param name="lessons">The built lessons.</param>
    /// <param name="output">The output folder.</param>
    /// <param name="options">Site options.</param>
    /// <param name="total">The build's wall time so far.</param>
    /// <param name="chartImages">PNG (base64) by chart output HTML (<see cref="Rendering.ChartImages"/>), or null.</param>
    /// <exception cref="ArgumentException">The folder is outside <c>artifacts/</c>.</exception>
    public static void Write(CourseRepository repository, IReadOnlyList<LessonBuild> lessons, DirectoryInfo output, SiteOptions options, TimeSpan total, IReadOnlyDictionary<string, string>? chartImages)
    {
        ArgumentNullException.ThrowIfNull(lessons);
        var folder = ArtifactsFolder.Resolve(repository, output?.FullName, "course");
        if (folder.Exists)
        {
            folder.Delete(recursive: true);
        }

        folder.Create();
        var site = new SiteWriter(options);
        site.Write(lessons, folder, chartImages);
        foreach (var lesson in lessons.Where(l => l.Dib is not null))
        {
            File.WriteAllText(Path.Combine(folder.FullName, lesson.IpynbName), IpynbWriter.ToJson(lesson, new IpynbPlacement(repository, lesson.File.Directory!, folder), chartImages));
        }

        var report = Directory.CreateDirectory(Path.Combine(folder.FullName, "report"));
        BuildReports.WriteJUnit(lessons, Path.Combine(report.FullName, "cells.junit.xml"));
        File.WriteAllText(Path.Combine(report.FullName, "timing.md"), BuildReports.TimingMarkdown(lessons, total));
        site.WriteReport(lessons, folder, total);
    }
}

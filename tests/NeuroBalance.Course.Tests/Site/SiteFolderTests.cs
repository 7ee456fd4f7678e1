using NeuroBalance.Course;
using NeuroBalance.Course.Building;
using NeuroBalance.Course.Publishing;
using NeuroBalance.Course.Site;
using NeuroBalance.Course.Tests.Building;

namespace NeuroBalance.Course.Tests.Site;

/// <summary>The site is replaced whole: a build that fails while writing leaves the previous site.</summary>
public sealed class SiteFolderTests : IDisposable
{
    private static readonly CourseRepository Repository = CourseRepository.Locate(AppContext.BaseDirectory);
    private readonly DirectoryInfo output = ArtifactsFolder.Resolve(Repository, null, Path.Combine("unit-tests", Guid.NewGuid().ToString("N"), "course"));

    public void Dispose() => output.Parent!.Delete(recursive: true);

    [Fact]
    public void WriteThatThrows_LeavesTheOldFolder_AndNoStaging()
    {
        SiteFolder.Replace(output, staging => File.WriteAllText(Path.Combine(staging.FullName, "index.html"), "old"));

        Assert.Throws<InvalidOperationException>(() => SiteFolder.Replace(output, staging =>
        {
            File.WriteAllText(Path.Combine(staging.FullName, "index.html"), "half-new");
            throw new InvalidOperationException("killed mid-way");
        }));

        Assert.Equal("old", File.ReadAllText(Path.Combine(output.FullName, "index.html")));
        Assert.Equal(["course"], output.Parent!.GetDirectories().Select(d => d.Name));
    }

    [Fact]
    public void Replace_SwapsInTheNewFolder_AndRemovesLeftoversOfKilledBuilds()
    {
        SiteFolder.Replace(output, staging => File.WriteAllText(Path.Combine(staging.FullName, "stale.html"), "old"));
        Directory.CreateDirectory(Path.Combine(output.Parent!.FullName, "course.tmp-killed"));

        SiteFolder.Replace(output, staging => File.WriteAllText(Path.Combine(staging.FullName, "index.html"), "new"));

        Assert.Equal(["index.html"], output.GetFiles().Select(f => f.Name));
        Assert.Equal(["course"], output.Parent.GetDirectories().Select(d => d.Name));
    }

    [Fact]
    public void CourseBuildThatFailsWhileWriting_KeepsThePreviousSite()
    {
        var options = new SiteOptions("Course", string.Empty, "PLOTLY", []);
        CourseOutput.Write(Repository, [LessonFixtures.PassedThenFailed()], output, options, TimeSpan.Zero);
        var before = File.ReadAllText(Path.Combine(output.FullName, "99-test.html"));

        // The second lesson cannot be written (its list fails when the writer reaches it).
        Assert.Throws<IOException>(() => CourseOutput.Write(Repository, new FailingAfterFirst(LessonFixtures.PassedThenFailed()), output, options, TimeSpan.Zero));

        Assert.Equal(before, File.ReadAllText(Path.Combine(output.FullName, "99-test.html")));
        Assert.True(File.Exists(Path.Combine(output.FullName, "index.html")));
        Assert.Equal(["course"], output.Parent!.GetDirectories().Select(d => d.Name));
    }

    /// <summary>A list of two lessons whose second cannot be read, as when a build dies half-way through writing.</summary>
    private sealed class FailingAfterFirst(LessonBuild first) : IReadOnlyList<LessonBuild>
    {
        public int Count => 2;

        public LessonBuild this[int index] => index == 0 ? first : throw new IOException("disk gone while writing the second lesson");

        public IEnumerator<LessonBuild> GetEnumerator()
        {
            yield return first;
            throw new IOException("disk gone while writing the second lesson");
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}

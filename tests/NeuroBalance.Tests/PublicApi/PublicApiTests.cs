using NeuroBalance.Course;
using NeuroBalance.Quantities;
using PublicApiGenerator;

namespace NeuroBalance.Tests.PublicApi;

/// <summary>
/// The library's public API is a contract with every notebook and lesson: it changes only on purpose.
/// The approved surface is <c>NeuroBalance.approved.txt</c> next to this file; a change to the public
/// API fails this test and writes <c>NeuroBalance.received.txt</c> beside it. Review the difference, then
/// accept it by copying the received file over the approved one (docs/architecture.md, "Guardrails").
/// </summary>
public sealed class PublicApiTests
{
    private static readonly CourseRepository Repository = CourseRepository.Locate(AppContext.BaseDirectory);

    [Fact]
    public void Library_public_api_matches_the_approved_snapshot()
    {
        var folder = Path.Combine(Repository.Root.FullName, "tests", "NeuroBalance.Tests", "PublicApi");
        var approvedPath = Path.Combine(folder, "NeuroBalance.approved.txt");
        var receivedPath = Path.Combine(folder, "NeuroBalance.received.txt");

        var received = Normalise(typeof(Concentration).Assembly.GeneratePublicApi(new ApiGeneratorOptions
        {
            IncludeAssemblyAttributes = false,
        }));
        var approved = File.Exists(approvedPath) ? Normalise(File.ReadAllText(approvedPath)) : "";

        if (received == approved)
        {
            File.Delete(receivedPath);
            return;
        }

        File.WriteAllText(receivedPath, received);
        Assert.Fail(
            $"The public API of NeuroBalance changed. Compare {receivedPath} with {approvedPath}; " +
            "if the change is intended, copy the received file over the approved one.\n" +
            FirstDifference(approved, received));
    }

    private static string Normalise(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd() + "\n";

    private static string FirstDifference(string approved, string received)
    {
        var a = approved.Split('\n');
        var r = received.Split('\n');
        for (var i = 0; i < Math.Max(a.Length, r.Length); i++)
        {
            var left = i < a.Length ? a[i] : "(end)";
            var right = i < r.Length ? r[i] : "(end)";
            if (left != right)
            {
                return $"First difference at line {i + 1}:\n  approved: {left}\n  received: {right}";
            }
        }

        return "";
    }
}

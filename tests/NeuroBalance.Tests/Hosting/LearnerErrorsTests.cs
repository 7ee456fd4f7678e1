using NeuroBalance.Content.Loading;
using NeuroBalance.Hosting;
using NeuroBalance.Models.Solvers;
using NeuroBalance.Quantities;

namespace NeuroBalance.Tests.Hosting;

/// <summary>The library's exceptions keep their stack traces, except at the notebook display boundary.</summary>
public sealed class LearnerErrorsTests
{
    public static TheoryData<string> Kinds => new() { "range", "invalid", "convergence", "content" };

    [Theory]
    [MemberData(nameof(Kinds))]
    public void OutsideANotebookKernel_ToStringKeepsTheStackTrace(string kind)
    {
        using var session = CourseSession.Use(new CourseSession());

        var text = Thrown(kind).ToString();

        Assert.Contains("   at ", text, StringComparison.Ordinal);
        Assert.Contains(nameof(Thrown), text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void InANotebookKernel_ToStringIsTypeAndMessageAlone(string kind)
    {
        using var session = CourseSession.Use(new CourseSession().AsNotebookKernel());
        var exception = Thrown(kind);

        Assert.Equal($"{exception.GetType().Name}: {exception.Message}", exception.ToString());
        Assert.NotNull(exception.StackTrace); // still there for a debugger or a log that asks for it
    }

    [Fact]
    public void OutOfRange_InANotebookKernel_ReadsAsBefore()
    {
        using var session = CourseSession.Use(new CourseSession().AsNotebookKernel());

        var e = Assert.Throws<ParameterOutOfRangeException>(() => Concentration.FromNanomolar(-5));

        Assert.StartsWith("ParameterOutOfRangeException: nanomolar must be a finite number in the range [0, 1E+10] nM, but was -5 nM.", e.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", e.ToString(), StringComparison.Ordinal);
    }

    private static Exception Thrown(string kind)
    {
        try
        {
            throw kind switch
            {
                "range" => new ParameterOutOfRangeException("x", -1, "x must be positive, but was -1."),
                "invalid" => new InvalidParameterException("name must not be blank.", "name"),
                "convergence" => new NonConvergenceException("the steady state was not found."),
                _ => new ContentValidationException([new ContentError("a.yaml", 1, 1, "x", "broken")]),
            };
        }
        catch (Exception e)
        {
            return e;
        }
    }
}

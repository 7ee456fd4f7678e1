using NeuroBalance.Internal;

namespace NeuroBalance.Models.Solvers;

/// <summary>Accuracy and budget settings for <see cref="RosenbrockSolver"/> and <see cref="SteadyStateFinder"/>. Immutable.</summary>
/// <remarks>
/// A step is accepted when the weighted RMS of the local error estimate is at most 1, with the weight of
/// component i being <c>AbsoluteTolerance + RelativeTolerance·max(|y_i|, |y_new,i|)</c>.
/// </remarks>
public sealed record SolverOptions
{
    /// <summary>The smallest relative tolerance accepted.</summary>
    public const double MinRelativeTolerance = 1e-12;

    /// <summary>The largest relative tolerance accepted.</summary>
    public const double MaxRelativeTolerance = 0.1;

    /// <summary>Creates options.</summary>
    /// <param name="relativeTolerance">Relative error per step. Default 1e-6. Range: 1e-12 ≤ value ≤ 0.1.</param>
    /// <param name="absoluteTolerance">Absolute error per step, in state units. Default 1e-9. Range: 0 &lt; value ≤ 1.</param>
    /// <param name="maxSteps">The most accepted plus rejected steps per call. Default 100 000. Range: 10 ≤ value ≤ 10 000 000.</param>
    /// <exception cref="ParameterOutOfRangeException">A value is outside its range.</exception>
    public SolverOptions(double relativeTolerance = 1e-6, double absoluteTolerance = 1e-9, int maxSteps = 100_000)
    {
        RelativeTolerance = Preconditions.CheckRange(nameof(relativeTolerance), relativeTolerance, MinRelativeTolerance, MaxRelativeTolerance);
        AbsoluteTolerance = Preconditions.CheckRange(nameof(absoluteTolerance), absoluteTolerance, 1e-300, 1);
        MaxSteps = (int)Preconditions.CheckRange(nameof(maxSteps), maxSteps, 10, 10_000_000);
    }

    /// <summary>Gets the default options: relative 1e-6, absolute 1e-9, 100 000 steps.</summary>
    public static SolverOptions Default { get; } = new();

    /// <summary>Gets the relative tolerance.</summary>
    public double RelativeTolerance { get; }

    /// <summary>Gets the absolute tolerance, in state units.</summary>
    public double AbsoluteTolerance { get; }

    /// <summary>Gets the step budget.</summary>
    public int MaxSteps { get; }
}

namespace NeuroBalance.Models.Solvers;

/// <summary>
/// The raw output of <see cref="RosenbrockSolver"/>: the state at each requested output time, and the
/// work the solver did. Models wrap it in a named <see cref="Trajectory"/>.
/// </summary>
public sealed class OdeSolution
{
    internal OdeSolution(double[] times, double[][] states, int acceptedSteps, int rejectedSteps, int functionEvaluations)
    {
        Times = times;
        States = states;
        AcceptedSteps = acceptedSteps;
        RejectedSteps = rejectedSteps;
        FunctionEvaluations = functionEvaluations;
    }

    /// <summary>Gets the output times, as requested.</summary>
    public IReadOnlyList<double> Times { get; }

    /// <summary>Gets the state vector at each output time (same order as <see cref="Times"/>).</summary>
    public IReadOnlyList<double[]> States { get; }

    /// <summary>Gets the final state (at the last output time).</summary>
    public IReadOnlyList<double> Final => States[^1];

    /// <summary>Gets the number of accepted steps.</summary>
    public int AcceptedSteps { get; }

    /// <summary>Gets the number of rejected steps.</summary>
    public int RejectedSteps { get; }

    /// <summary>Gets the number of right-hand-side evaluations, including those for the Jacobian.</summary>
    public int FunctionEvaluations { get; }
}

using NeuroBalance.Models.Solvers;
using NeuroBalance.Models.Terminals;
using NeuroBalance.Quantities;

namespace NeuroBalance.Tests.Models.Terminals;

/// <summary>The invariants every terminal model must keep, shared by the per-model property tests.</summary>
internal static class TerminalInvariants
{
    /// <summary>Every state stays finite and ≥ 0 while <paramref name="basal"/>'s steady state responds to <paramref name="changed"/>.</summary>
    internal static bool StaysNonNegative(TerminalModel basal, TerminalModel changed, Duration duration, int points = 25) =>
        basal.Respond(changed, duration, points).Solution.States.All(s => s.All(v => v >= 0 && double.IsFinite(v)));

    /// <summary>The steady state at relative tolerance 1e-6 and at 1e-11 agree to 1e-4 relative (plus 1e-9 µM).</summary>
    internal static bool SteadyStateIgnoresTolerance(TerminalModel model)
    {
        var loose = model.SteadyState(new SolverOptions(1e-6, 1e-10, 2000));
        var tight = model.SteadyState(new SolverOptions(1e-11, 1e-14, 2000));
        return model.StateNames.All(n => Math.Abs(loose.Micromolar(n) - tight.Micromolar(n)) <= (1e-4 * tight.Micromolar(n)) + 1e-9);
    }
}

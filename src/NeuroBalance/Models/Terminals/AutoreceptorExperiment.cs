using System.Globalization;
using NeuroBalance.Internal;
using NeuroBalance.Quantities;

namespace NeuroBalance.Models.Terminals;

/// <summary>
/// Perturbation experiments on the dopamine terminal of Best, Nijhout &amp; Reed 2009, each run with the
/// D2-autoreceptor feedback on TH switched on and off, so that learners can see what the feedback does.
/// </summary>
/// <remarks>
/// <para>Each experiment compares two steady states of the same model variant: before the change and
/// after it, as the ratio after/before (<see cref="FeedbackComparison"/>). "Off" replaces the
/// autoreceptor factor A(eda) = 4.5/(8·(eda/0.002024)⁴ + 1) + 0.5 by 1 (<see cref="DopamineTerminal.WithAutoreceptors"/>),
/// so each variant is compared with its own baseline.</para>
/// <para>Source: Best JA, Nijhout HF, Reed MC (2009) Theor Biol Med Model 6:21,
/// <see href="https://doi.org/10.1186/1742-4682-6-21"/>: autoreceptors damp the effect of changes in TH
/// expression on extracellular dopamine (evidence level: model).</para>
/// </remarks>
public static class AutoreceptorExperiment
{
    /// <summary>Scales TH activity (V<sub>max</sub>) and compares the steady-state change of a state variable with and without feedback.</summary>
    /// <param name="factor">The TH multiplier. Range: 0.01 ≤ factor ≤ 100.</param>
    /// <param name="variable">The state variable; default "eda" (extracellular dopamine).</param>
    /// <param name="model">The basal model; default <see cref="DopamineTerminal.Default"/>.</param>
    /// <returns>The comparison.</returns>
    /// <exception cref="ParameterOutOfRangeException">The factor is out of range.</exception>
    /// <exception cref="InvalidParameterException">The variable is not a state of the model.</exception>
    public static FeedbackComparison ThScaling(double factor, string variable = "eda", DopamineTerminal? model = null)
    {
        Preconditions.CheckRange(nameof(factor), factor, 0.01, 100);
        return Compare(string.Create(CultureInfo.InvariantCulture, $"TH activity × {factor:G3}"), variable, model, m => m.WithThScale(m.ThScale * factor));
    }

    /// <summary>Changes the firing rate and compares the steady-state change of a state variable with and without feedback.</summary>
    /// <param name="frequency">The new firing rate. Range: 0.05 to 50 Hz.</param>
    /// <param name="variable">The state variable; default "eda".</param>
    /// <param name="model">The basal model; default <see cref="DopamineTerminal.Default"/>.</param>
    /// <returns>The comparison.</returns>
    /// <exception cref="ParameterOutOfRangeException">The frequency is out of range.</exception>
    /// <exception cref="InvalidParameterException">The variable is not a state of the model.</exception>
    public static FeedbackComparison Firing(Rate frequency, string variable = "eda", DopamineTerminal? model = null)
    {
        Preconditions.CheckRange(nameof(frequency), frequency.PerSecond, 0.05, 50, "Hz");
        return Compare(string.Create(CultureInfo.InvariantCulture, $"firing {frequency.PerSecond:G3} Hz"), variable, model, m => m.WithFiring(frequency));
    }

    private static FeedbackComparison Compare(string perturbation, string variable, DopamineTerminal? model, Func<DopamineTerminal, DopamineTerminal> change)
    {
        Preconditions.CheckNotBlank(nameof(variable), variable);
        var basal = model ?? DopamineTerminal.Default;
        if (!basal.StateNames.Contains(variable, StringComparer.Ordinal))
        {
            throw new InvalidParameterException($"variable '{variable}' is not a state of the dopamine terminal; use one of {string.Join(", ", basal.StateNames)}.", nameof(variable));
        }

        double Ratio(bool on)
        {
            var m = basal.WithAutoreceptors(on);
            return change(m).SteadyState().Micromolar(variable) / m.SteadyState().Micromolar(variable);
        }

        return new FeedbackComparison(perturbation, variable, Ratio(true), Ratio(false));
    }
}

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
    /// <param name="variable">The state variable; default <see cref="DopamineTerminal.Eda"/> (extracellular dopamine).</param>
    /// <param name="model">The basal model; default <see cref="DopamineTerminal.Default"/>.</param>
    /// <returns>The comparison.</returns>
    /// <exception cref="ParameterOutOfRangeException">The factor is out of range.</exception>
    public static FeedbackComparison ThScaling(double factor, StateVariable<DopamineTerminal>? variable = null, DopamineTerminal? model = null)
    {
        Preconditions.CheckRange(nameof(factor), factor, 0.01, 100);
        return Compare(string.Create(CultureInfo.InvariantCulture, $"TH activity × {factor:G3}"), variable ?? DopamineTerminal.Eda, model, m => m.WithThScale(m.ThScale * factor));
    }

    /// <summary>As <see cref="ThScaling(double, StateVariable{DopamineTerminal}?, DopamineTerminal?)"/>, with the variable named in text (a convenience for exploring).</summary>
    /// <param name="factor">The TH multiplier. Range: 0.01 ≤ factor ≤ 100.</param>
    /// <param name="variable">A state name of the dopamine terminal, e.g. "eda".</param>
    /// <param name="model">The basal model; default <see cref="DopamineTerminal.Default"/>.</param>
    /// <returns>The comparison.</returns>
    /// <exception cref="InvalidParameterException">The variable is not a state of the model (the message lists the states).</exception>
    public static FeedbackComparison ThScaling(double factor, string variable, DopamineTerminal? model = null) =>
        ThScaling(factor, Named(variable), model);

    /// <summary>Changes the firing rate and compares the steady-state change of a state variable with and without feedback.</summary>
    /// <param name="frequency">The new firing rate. Range: 0.05 to 50 Hz.</param>
    /// <param name="variable">The state variable; default <see cref="DopamineTerminal.Eda"/>.</param>
    /// <param name="model">The basal model; default <see cref="DopamineTerminal.Default"/>.</param>
    /// <returns>The comparison.</returns>
    /// <exception cref="ParameterOutOfRangeException">The frequency is out of range.</exception>
    public static FeedbackComparison Firing(Rate frequency, StateVariable<DopamineTerminal>? variable = null, DopamineTerminal? model = null)
    {
        Preconditions.CheckRange(nameof(frequency), frequency.PerSecond, 0.05, 50, "Hz");
        return Compare(string.Create(CultureInfo.InvariantCulture, $"firing {frequency.PerSecond:G3} Hz"), variable ?? DopamineTerminal.Eda, model, m => m.WithFiring(frequency));
    }

    /// <summary>As <see cref="Firing(Rate, StateVariable{DopamineTerminal}?, DopamineTerminal?)"/>, with the variable named in text (a convenience for exploring).</summary>
    /// <param name="frequency">The new firing rate. Range: 0.05 to 50 Hz.</param>
    /// <param name="variable">A state name of the dopamine terminal, e.g. "eda".</param>
    /// <param name="model">The basal model; default <see cref="DopamineTerminal.Default"/>.</param>
    /// <returns>The comparison.</returns>
    /// <exception cref="InvalidParameterException">The variable is not a state of the model (the message lists the states).</exception>
    public static FeedbackComparison Firing(Rate frequency, string variable, DopamineTerminal? model = null) =>
        Firing(frequency, Named(variable), model);

    private static StateVariable<DopamineTerminal> Named(string variable)
    {
        Preconditions.CheckNotBlank(nameof(variable), variable);
        return DopamineTerminal.Variables.FirstOrDefault(v => v.Name == variable)
            ?? throw new InvalidParameterException(FormattableString.Invariant($"variable '{variable}' is not a state of the dopamine terminal; use one of {string.Join(", ", DopamineTerminal.Variables.Select(v => v.Name))} (or a handle such as DopamineTerminal.Eda)."), nameof(variable));
    }

    private static FeedbackComparison Compare(string perturbation, StateVariable<DopamineTerminal> variable, DopamineTerminal? model, Func<DopamineTerminal, DopamineTerminal> change)
    {
        var basal = model ?? DopamineTerminal.Default;

        double Ratio(bool on)
        {
            var m = basal.WithAutoreceptors(on);
            return change(m).SteadyState().Micromolar(variable) / m.SteadyState().Micromolar(variable);
        }

        return new FeedbackComparison(perturbation, variable.Name, Ratio(true), Ratio(false));
    }
}

using NeuroBalance.Internal;
using NeuroBalance.Quantities;

namespace NeuroBalance.Models.Terminals;

/// <summary>
/// How much transmitter synthesis follows its precursor: the steady-state synthesis rate of a terminal model
/// with the blood precursor scaled, relative to the model's own basal steady state.
/// </summary>
/// <remarks>
/// <para>Equation: ratio(f) = V<sub>synthesis</sub>(steady state with blood precursor × f) / V<sub>synthesis</sub>(basal steady state),
/// where V<sub>synthesis</sub> is VTPH for serotonin (<see cref="SerotoninTerminal.SynthesisRate"/>) and VTH for
/// dopamine (<see cref="DopamineTerminal.ThRate"/>).</para>
/// <para>Both models agree with their papers: serotonin synthesis follows tryptophan because TPH is far from
/// saturated (K<sub>m</sub> 40 µM against about 20 µM cytosolic tryptophan), whereas TH is close to saturation
/// with tyrosine, inhibited by excess tyrosine and by dopamine, so dopamine synthesis barely follows tyrosine
/// (Best, Nijhout &amp; Reed 2009, <see href="https://doi.org/10.1186/1742-4682-6-21"/>; 2010,
/// <see href="https://doi.org/10.1186/1742-4682-7-34"/>). Evidence level: model.</para>
/// </remarks>
public static class PrecursorResponse
{
    /// <summary>The smallest precursor factor accepted (below it the serotonin model loses its steady state).</summary>
    public const double MinFactor = 0.05;

    /// <summary>The largest precursor factor accepted.</summary>
    public const double MaxFactor = 10;

    /// <summary>Steady-state 5-HT synthesis (VTPH) with blood tryptophan × <paramref name="tryptophanFactor"/>, relative to basal.</summary>
    /// <param name="tryptophanFactor">The factor on blood tryptophan. Range: <see cref="MinFactor"/> to <see cref="MaxFactor"/>.</param>
    /// <param name="model">The basal model; default <see cref="SerotoninTerminal.Default"/>.</param>
    /// <returns>The ratio (1 = unchanged).</returns>
    /// <exception cref="ParameterOutOfRangeException">The factor is outside its range, NaN or infinite.</exception>
    public static double SerotoninSynthesis(double tryptophanFactor, SerotoninTerminal? model = null)
    {
        Preconditions.CheckRange(nameof(tryptophanFactor), tryptophanFactor, MinFactor, MaxFactor);
        var basal = model ?? SerotoninTerminal.Default;
        var changed = basal.WithBloodTryptophan(basal.BloodTryptophan * tryptophanFactor);
        return changed.SynthesisRate(changed.SteadyState()) / basal.SynthesisRate(basal.SteadyState());
    }

    /// <summary>Steady-state DA synthesis (VTH) with blood tyrosine × <paramref name="tyrosineFactor"/>, relative to basal.</summary>
    /// <param name="tyrosineFactor">The factor on blood tyrosine. Range: <see cref="MinFactor"/> to <see cref="MaxFactor"/>.</param>
    /// <param name="model">The basal model; default <see cref="DopamineTerminal.Default"/>.</param>
    /// <returns>The ratio (1 = unchanged).</returns>
    /// <exception cref="ParameterOutOfRangeException">The factor is outside its range, NaN or infinite.</exception>
    public static double DopamineSynthesis(double tyrosineFactor, DopamineTerminal? model = null)
    {
        Preconditions.CheckRange(nameof(tyrosineFactor), tyrosineFactor, MinFactor, MaxFactor);
        var basal = model ?? DopamineTerminal.Default;
        var changed = basal.WithBloodTyrosine(basal.BloodTyrosine * tyrosineFactor);
        return changed.ThRate(changed.SteadyState()) / basal.ThRate(basal.SteadyState());
    }

    /// <summary>The cytosolic precursor of each model at steady state: tryptophan ("trp") in the serotonin terminal.</summary>
    /// <param name="tryptophanFactor">The factor on blood tryptophan. Range: <see cref="MinFactor"/> to <see cref="MaxFactor"/>.</param>
    /// <param name="model">The basal model; default <see cref="SerotoninTerminal.Default"/>.</param>
    /// <returns>Cytosolic tryptophan at steady state.</returns>
    /// <exception cref="ParameterOutOfRangeException">The factor is outside its range, NaN or infinite.</exception>
    public static Concentration CytosolicTryptophan(double tryptophanFactor, SerotoninTerminal? model = null)
    {
        Preconditions.CheckRange(nameof(tryptophanFactor), tryptophanFactor, MinFactor, MaxFactor);
        var basal = model ?? SerotoninTerminal.Default;
        return basal.WithBloodTryptophan(basal.BloodTryptophan * tryptophanFactor).SteadyState()[SerotoninTerminal.Trp];
    }

    /// <summary>Cytosolic tyrosine ("tyr") of the dopamine terminal at steady state.</summary>
    /// <param name="tyrosineFactor">The factor on blood tyrosine. Range: <see cref="MinFactor"/> to <see cref="MaxFactor"/>.</param>
    /// <param name="model">The basal model; default <see cref="DopamineTerminal.Default"/>.</param>
    /// <returns>Cytosolic tyrosine at steady state.</returns>
    /// <exception cref="ParameterOutOfRangeException">The factor is outside its range, NaN or infinite.</exception>
    public static Concentration CytosolicTyrosine(double tyrosineFactor, DopamineTerminal? model = null)
    {
        Preconditions.CheckRange(nameof(tyrosineFactor), tyrosineFactor, MinFactor, MaxFactor);
        var basal = model ?? DopamineTerminal.Default;
        return basal.WithBloodTyrosine(basal.BloodTyrosine * tyrosineFactor).SteadyState()[DopamineTerminal.Tyr];
    }
}

using NeuroBalance.Models.Terminals;
using NeuroBalance.Quantities;
using NeuroBalance.Internal;

namespace NeuroBalance.Lessons;

/// <summary>
/// The model-based comparison of lesson 08: supporting precursor or cofactor supply (tryptophan,
/// tyrosine, vitamin B6) versus changing transport or receptor feedback (an SSRI, acute and after
/// autoreceptor adaptation; a DAT reduction), each as the steady-state change of the transmitter outside
/// the cell in the course's terminal models.
/// </summary>
/// <remarks>
/// <para>Models: <see cref="SerotoninTerminal"/> (structure of Best et al. 2010, reference best2010),
/// <see cref="DopamineTerminal"/> (Best et al. 2009, reference best2009) and
/// <see cref="GabaTerminal"/> (illustrative estimates). The SSRI concentration (100 nM escitalopram-like,
/// about 78% SERT occupancy with Ki 27.6 nM) was chosen to sit near the ~80% occupancy seen at
/// therapeutic doses (Meyer et al. 2004, reference meyer2004); it is a model input, not a
/// dose. "Sustained" uses <see cref="SerotoninTerminal.SustainedSsri"/>, the illustrative stand-in for
/// adapted autoreceptors. Doubling a precursor is a model experiment, not a diet or supplement suggestion.</para>
/// </remarks>
public static class InterventionComparison
{
    /// <summary>The SSRI concentration used: 100 nM (≈ 78% SERT occupancy in the model).</summary>
    public static readonly Concentration SsriConcentration = Concentration.FromNanomolar(100);

    private static readonly Lazy<IReadOnlyList<InterventionRow>> Computed = new(Compute);

    /// <summary>Gets the comparison (computed once: nine steady states).</summary>
    /// <returns>The rows: three precursor or cofactor changes, then three transport or receptor changes.</returns>
    public static IReadOnlyList<InterventionRow> Rows() => Computed.Value;

    /// <summary>Extracellular 5-HT at steady state in a changed serotonin terminal ÷ the default terminal's.</summary>
    /// <param name="changed">The changed model, e.g. <c>SerotoninTerminal.Default.TryptophanLoading()</c>.</param>
    /// <returns>The ratio.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="changed"/> is null.</exception>
    public static double SerotoninRelative(SerotoninTerminal changed)
    {
        Preconditions.CheckNotNull(nameof(changed), changed);
        return changed.SteadyState().Micromolar(SerotoninTerminal.Eht) / BasalSerotonin.Value;
    }

    private static readonly Lazy<double> BasalSerotonin = new(() => SerotoninTerminal.Default.SteadyState().Micromolar(SerotoninTerminal.Eht));

    private static IReadOnlyList<InterventionRow> Compute()
    {
        const string Precursor = "Precursor or cofactor supply", Transport = "Transport or receptor";
        const string Ht = "Serotonin terminal (Best 2010 structure)", Da = "Dopamine terminal (Best 2009)", Gaba = "GABA terminal (illustrative)";
        var serotonin = SerotoninTerminal.Default;
        var dopamine = DopamineTerminal.Default;
        var gaba = GabaTerminal.Default;
        var eda = dopamine.SteadyState().Micromolar(DopamineTerminal.Eda);
        var egaba = gaba.SteadyState().Micromolar(GabaTerminal.GabaExt);
        return
        [
            new("Blood tryptophan × 2", Precursor, Ht, "extracellular 5-HT", SerotoninRelative(serotonin.TryptophanLoading()), "model"),
            new("Blood tyrosine × 2", Precursor, Da, "extracellular DA", dopamine.WithBloodTyrosine(dopamine.BloodTyrosine * 2).SteadyState().Micromolar(DopamineTerminal.Eda) / eda, "model"),
            new("Vitamin B6 × 2 (from replete)", Precursor, Gaba, "ambient GABA", gaba.WithVitaminB6(2).SteadyState().Micromolar(GabaTerminal.GabaExt) / egaba, "illustrative"),
            new("SSRI 100 nM, acute", Transport, Ht, "extracellular 5-HT", SerotoninRelative(serotonin.AcuteSsri(SsriConcentration)), "model"),
            new("SSRI 100 nM, autoreceptors adapted", Transport, Ht, "extracellular 5-HT", SerotoninRelative(serotonin.SustainedSsri(SsriConcentration)), "model + illustrative adaptation"),
            new("DAT at 50%", Transport, Da, "extracellular DA", dopamine.HeterozygousDatKnockout().SteadyState().Micromolar(DopamineTerminal.Eda) / eda, "model"),
        ];
    }
}

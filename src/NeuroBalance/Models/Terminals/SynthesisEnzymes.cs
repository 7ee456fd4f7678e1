using NeuroBalance.Content;
using NeuroBalance.Models.Transport;
using NeuroBalance.Quantities;
using NeuroBalance.Science;

namespace NeuroBalance.Models.Terminals;

/// <summary>
/// The rate-limiting synthesis enzymes as plain Michaelis–Menten steps for their amino-acid substrate,
/// with the V<sub>max</sub> and K<sub>m</sub> of the terminal models' parameter tables: tryptophan hydroxylase (TPH,
/// tryptophan → 5-HTP) and tyrosine hydroxylase (TH, tyrosine → L-DOPA).
/// </summary>
/// <remarks>
/// <para>Equation: v = V<sub>max</sub>·[S]/(K<sub>m</sub> + [S]), the substrate term only. The full terminal models
/// add the BH4 term, TPH substrate inhibition (K<sub>i</sub> 1000 µM, negligible near 20 µM tryptophan), and for TH
/// substrate inhibition by tyrosine (K<sub>i</sub> 160 µM), end-product inhibition by cytosolic dopamine and
/// autoreceptor control; use <see cref="SerotoninTerminal"/> and <see cref="DopamineTerminal"/> for those.</para>
/// <para>Sources: TPH K<sub>m</sub> 40 µM, V<sub>max</sub> 278 µM/h (Reed/Best group serotonin code after Haavik,
/// descending from Best et al. 2010, <see href="https://doi.org/10.1186/1742-4682-7-34"/>); TH K<sub>m</sub> 46 µM,
/// V<sub>max</sub> 125 µM/h (Best et al. 2009, <see href="https://doi.org/10.1186/1742-4682-6-21"/>; within the
/// measured 20–60 µM of Bailey et al. 1989). Evidence level: model.</para>
/// </remarks>
public static class SynthesisEnzymes
{
    /// <summary>Gets TPH for tryptophan: K<sub>m</sub> 40 µM, V<sub>max</sub> 278 µM/h (serotonin terminal parameter table).</summary>
    public static Sourced<MichaelisMenten> Tph { get; } = new(
        MichaelisMenten.Create("TPH2 (tryptophan → 5-HTP)", ConcentrationRate.FromMicromolarPerHour(Value(SerotoninTerminal.Default, "Vmax_TPH")), Concentration.FromMicromolar(Value(SerotoninTerminal.Default, "Km_TPH(trp)"))),
        References.Cite("best2010"),
        EvidenceLevel.Model,
        "Km after Haavik, as used in the Reed/Best group serotonin code; substrate term only");

    /// <summary>Gets TH for tyrosine: K<sub>m</sub> 46 µM, V<sub>max</sub> 125 µM/h (dopamine terminal parameter table).</summary>
    public static Sourced<MichaelisMenten> Th { get; } = new(
        MichaelisMenten.Create("TH (tyrosine → L-DOPA)", ConcentrationRate.FromMicromolarPerHour(Value(DopamineTerminal.Default, "Vmax_TH")), Concentration.FromMicromolar(Value(DopamineTerminal.Default, "Ktyr"))),
        References.Cite("best2009"),
        EvidenceLevel.Model,
        "within the measured 20–60 µM (Bailey et al. 1989); substrate term only, without the inhibition terms of the full model");

    /// <summary>The fraction of V<sub>max</sub> a step reaches at a substrate concentration: v/V<sub>max</sub> = [S]/(K<sub>m</sub> + [S]).</summary>
    /// <param name="enzyme">The step.</param>
    /// <param name="substrate">[S]. Range: ≥ 0.</param>
    /// <returns>The saturation, from 0 to 1.</returns>
    /// <exception cref="ArgumentNullException">The step is null.</exception>
    public static double Saturation(MichaelisMenten enzyme, Concentration substrate)
    {
        Internal.Preconditions.CheckNotNull(nameof(enzyme), enzyme);
        return enzyme.Vmax == ConcentrationRate.Zero ? 0 : enzyme.RateAt(substrate) / enzyme.Vmax;
    }

    private static double Value(TerminalModel model, string symbol) => model.Parameters.Single(p => p.Symbol == symbol).Value;
}

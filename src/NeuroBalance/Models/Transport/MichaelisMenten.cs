using System.Globalization;
using NeuroBalance.Internal;
using NeuroBalance.Models.Binding;
using NeuroBalance.Quantities;

namespace NeuroBalance.Models.Transport;

/// <summary>
/// A saturable transport or enzyme step: v = V<sub>max</sub>·[S] / (K<sub>m</sub>(1 + [I]/K<sub>i</sub>) + [S]),
/// with optional competitive inhibition. Used for reuptake transporters (DAT, SERT, GAT-1) and for
/// degrading enzymes (MAO, COMT, GABA-T). Immutable.
/// </summary>
/// <remarks>
/// <para>Symbols: V<sub>max</sub>, the maximal rate (capacity; proportional to the number of
/// transporters or enzyme molecules); K<sub>m</sub>, the substrate concentration of half-maximal rate;
/// [I], a competitive inhibitor with inhibition constant K<sub>i</sub>. A competitive inhibitor raises
/// the apparent K<sub>m</sub> by 1 + [I]/K<sub>i</sub> = 1/(1 − θ<sub>I</sub>), θ<sub>I</sub> being its
/// occupancy of the free site; V<sub>max</sub> is unchanged, so enough substrate still saturates the
/// step. At [S] ≪ K<sub>m</sub> the step is first order with k = V<sub>max</sub>/K<sub>m</sub>
/// (<see cref="LowSubstrateRate"/>).</para>
/// <para>Michaelis L, Menten ML (1913) Biochem Z 49:333–369; as used for DAT, SERT and MAO in the
/// terminal models of Best et al. 2009 (<see href="https://doi.org/10.1186/1742-4682-6-21"/>) and
/// 2010 (<see href="https://doi.org/10.1186/1742-4682-7-34"/>).</para>
/// <para>Simplifications: quasi-steady state of the carrier; no reverse transport; no substrate
/// inhibition; one substrate.</para>
/// </remarks>
public sealed record MichaelisMenten
{
    private MichaelisMenten(string name, ConcentrationRate vmax, Concentration km)
    {
        Name = name;
        Vmax = vmax;
        Km = km;
    }

    /// <summary>Gets the name, for legends and messages.</summary>
    public string Name { get; }

    /// <summary>Gets V<sub>max</sub>, the maximal rate.</summary>
    public ConcentrationRate Vmax { get; }

    /// <summary>Gets K<sub>m</sub>, the substrate concentration of half-maximal rate.</summary>
    public Concentration Km { get; }

    /// <summary>Gets V<sub>max</sub>/K<sub>m</sub>, the first-order rate constant at [S] ≪ K<sub>m</sub>.</summary>
    public Rate LowSubstrateRate => Vmax / Km;

    /// <summary>Describes a saturable step.</summary>
    /// <param name="name">A name. Must not be blank.</param>
    /// <param name="vmax">V<sub>max</sub>. Range: ≥ 0.</param>
    /// <param name="km">K<sub>m</sub>. Range: &gt; 0.</param>
    /// <returns>The step.</returns>
    /// <exception cref="InvalidParameterException">The name is blank.</exception>
    /// <exception cref="ParameterOutOfRangeException">K<sub>m</sub> is zero.</exception>
    public static MichaelisMenten Create(string name, ConcentrationRate vmax, Concentration km)
    {
        Preconditions.CheckNotBlank(nameof(name), name);
        Preconditions.CheckPositive(nameof(km), km.Nanomolar, "nM");
        return new MichaelisMenten(name, vmax, km);
    }

    /// <summary>The rate v = V<sub>max</sub>[S]/(K<sub>m</sub> + [S]).</summary>
    /// <param name="substrate">[S]. Range: ≥ 0.</param>
    /// <returns>v in [0, V<sub>max</sub>).</returns>
    public ConcentrationRate RateAt(Concentration substrate) => RateAt(substrate, 1);

    /// <summary>The rate with a competitive inhibitor: v = V<sub>max</sub>[S]/(K<sub>m</sub>(1 + [I]/K<sub>i</sub>) + [S]).</summary>
    /// <param name="substrate">[S]. Range: ≥ 0.</param>
    /// <param name="inhibitor">The inhibitor's binding to this step (K<sub>i</sub> as its K<sub>d</sub>; Hill coefficient 1).</param>
    /// <param name="inhibitorConcentration">[I], free. Range: ≥ 0.</param>
    /// <returns>v, never above the uninhibited rate.</returns>
    /// <exception cref="InvalidParameterException">The inhibitor's binding is cooperative (Hill coefficient ≠ 1).</exception>
    public ConcentrationRate RateAt(Concentration substrate, ReceptorBinding inhibitor, Concentration inhibitorConcentration) =>
        RateAt(substrate, KmFactor(inhibitor, inhibitorConcentration));

    /// <summary>The apparent K<sub>m</sub> with a competitive inhibitor: K<sub>m</sub>(1 + [I]/K<sub>i</sub>).</summary>
    /// <param name="inhibitor">The inhibitor's binding (Hill coefficient 1).</param>
    /// <param name="inhibitorConcentration">[I]. Range: ≥ 0.</param>
    /// <returns>The apparent K<sub>m</sub>.</returns>
    public Concentration ApparentKm(ReceptorBinding inhibitor, Concentration inhibitorConcentration) =>
        Km * KmFactor(inhibitor, inhibitorConcentration);

    /// <summary>The same step with its capacity scaled, e.g. 0.5 for a heterozygous knockout or an irreversible inhibitor that removed half the enzyme.</summary>
    /// <param name="factor">The factor on V<sub>max</sub>. Range: 0 ≤ factor ≤ 100.</param>
    /// <returns>The scaled step.</returns>
    public MichaelisMenten WithCapacity(double factor)
    {
        Preconditions.CheckRange(nameof(factor), factor, 0, 100);
        return new MichaelisMenten(Name, Vmax * factor, Km);
    }

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Name} (Vmax = {Vmax}, Km = {Km})");

    internal static double KmFactor(ReceptorBinding inhibitor, Concentration inhibitorConcentration)
    {
        Preconditions.CheckNotNull(nameof(inhibitor), inhibitor);
        if (inhibitor.HillCoefficient != 1)
        {
            throw new InvalidParameterException(
                FormattableString.Invariant($"inhibitor {inhibitor.Name} has Hill coefficient {Preconditions.Format(inhibitor.HillCoefficient)}; competitive inhibition needs simple one-site binding (n = 1)."),
                nameof(inhibitor));
        }

        return 1 + (inhibitorConcentration.Nanomolar / inhibitor.HalfOccupancy.Nanomolar);
    }

    // Written as 1/(1 + K/[S]) rather than [S]/(K + [S]): each rounded step is then monotone in [S], so the
    // computed rate never falls by a rounding step as [S] rises (the second form does, about 1.4% of the time).
    private ConcentrationRate RateAt(Concentration substrate, double kmFactor) =>
        substrate.Nanomolar == 0
            ? ConcentrationRate.Zero
            : Vmax * (1 / (1 + (Km.Nanomolar * kmFactor / substrate.Nanomolar)));
}

using System.Globalization;
using NeuroBalance.Internal;
using NeuroBalance.Models.Binding;
using NeuroBalance.Quantities;

namespace NeuroBalance.Models.Pharmacology;

/// <summary>
/// The operational model of agonism (Black &amp; Leff 1983): a ligand's response follows from its
/// affinity K<sub>A</sub> and its efficacy in the tissue, τ = [R<sub>0</sub>]/K<sub>E</sub>, so that
/// receptor density and efficacy, not occupancy alone, decide the response. Immutable.
/// </summary>
/// <remarks>
/// <para><b>Equation</b> (response E as a fraction of the system maximum E<sub>m</sub>):
/// E/E<sub>m</sub> = τ<sup>n</sup>[A]<sup>n</sup> / (([A] + K<sub>A</sub>)<sup>n</sup> + τ<sup>n</sup>[A]<sup>n</sup>),
/// computed as x<sup>n</sup>/(1 + x<sup>n</sup>) with x = τ·θ and θ = [A]/([A] + K<sub>A</sub>) the
/// occupancy (<see cref="Occupancy.MassAction"/>).
/// Symbols: K<sub>A</sub>, the agonist–receptor dissociation constant; [R<sub>0</sub>], the receptor
/// density; K<sub>E</sub>, the concentration of agonist–receptor complex that gives half the system
/// maximum; τ = [R<sub>0</sub>]/K<sub>E</sub>, the transducer ratio (efficacy in this tissue);
/// n, the slope of the occupancy–effect transducer (n = 1: hyperbolic).</para>
/// <para><b>Consequences</b>: E<sub>max</sub> = τ<sup>n</sup>/(1 + τ<sup>n</sup>) (a partial agonist has
/// a small τ); EC50 = K<sub>A</sub>/((2 + τ<sup>n</sup>)<sup>1/n</sup> − 1), which is K<sub>A</sub>/(1 + τ)
/// for n = 1: with a large τ (a receptor reserve) the response is half-maximal while only a small
/// fraction of receptors is occupied (<see cref="OccupancyAtEc50"/>). Losing receptors
/// (<see cref="WithReceptorFraction"/>) first shifts the curve to the right, and only then lowers its
/// maximum.</para>
/// <para><b>Competition</b> for the same site (<see cref="ResponseWith"/>): with two ligands A and B,
/// x = (τ<sub>A</sub>[A]/K<sub>A</sub> + τ<sub>B</sub>[B]/K<sub>B</sub>) / (1 + [A]/K<sub>A</sub> + [B]/K<sub>B</sub>).
/// A neutral competitive antagonist is a ligand with τ = 0 (<see cref="Antagonist"/>); it shifts the
/// agonist curve to the right by the Schild dose ratio 1 + [B]/K<sub>B</sub>
/// (<see cref="CompetitiveAntagonism"/>) without lowering its maximum.</para>
/// <para>Sources: Black JW, Leff P (1983) Proc R Soc Lond B 220:141–162,
/// <see href="https://doi.org/10.1098/rspb.1983.0093"/>; the slope n: Black et al. (1985) Br J Pharmacol
/// 84:561–571, <see href="https://doi.org/10.1111/j.1476-5381.1985.tb12941.x"/>.</para>
/// <para>Simplifications: equilibrium (no kinetics), no ligand depletion, one receptor population,
/// one transduction pathway, no constitutive activity (no inverse agonists).</para>
/// </remarks>
public sealed record OperationalModel
{
    /// <summary>The largest transducer ratio τ accepted.</summary>
    public const double MaxTau = 1e4;

    private OperationalModel(string name, Concentration agonistKd, double tau, double slope)
    {
        Name = name;
        AgonistKd = agonistKd;
        Tau = tau;
        Slope = slope;
    }

    /// <summary>Gets the ligand's name, for legends and messages.</summary>
    public string Name { get; }

    /// <summary>Gets K<sub>A</sub>, the ligand–receptor dissociation constant.</summary>
    public Concentration AgonistKd { get; }

    /// <summary>Gets τ = [R<sub>0</sub>]/K<sub>E</sub>, the efficacy of the ligand in this tissue (0 for a neutral antagonist).</summary>
    public double Tau { get; }

    /// <summary>Gets n, the slope of the transducer function (1 = hyperbolic).</summary>
    public double Slope { get; }

    /// <summary>Gets the largest response the ligand can give, E<sub>max</sub> = τ<sup>n</sup>/(1 + τ<sup>n</sup>), as a fraction of the system maximum.</summary>
    public double MaxResponse => Transduce(Tau);

    /// <summary>Gets whether the ligand gives no response of its own (τ = 0).</summary>
    public bool IsAntagonist => Tau == 0;

    /// <summary>Gets EC50 = K<sub>A</sub>/((2 + τ<sup>n</sup>)<sup>1/n</sup> − 1), the concentration of half its own maximal response.</summary>
    /// <exception cref="InvalidParameterException">The ligand is an antagonist (τ = 0) and has no response.</exception>
    public Concentration Ec50 => Concentration.FromNanomolar(AgonistKd.Nanomolar / (Math.Pow(2 + Math.Pow(CheckAgonist(), Slope), 1 / Slope) - 1));

    /// <summary>Gets the fraction of receptors occupied at EC50, θ = (2 + τ<sup>n</sup>)<sup>−1/n</sup>: small when there is a large receptor reserve.</summary>
    /// <exception cref="InvalidParameterException">The ligand is an antagonist (τ = 0).</exception>
    public double OccupancyAtEc50 => Math.Pow(2 + Math.Pow(CheckAgonist(), Slope), -1 / Slope);

    /// <summary>Describes an agonist by its affinity and efficacy.</summary>
    /// <param name="name">A name for legends. Must not be blank.</param>
    /// <param name="agonistKd">K<sub>A</sub>. Range: K<sub>A</sub> &gt; 0.</param>
    /// <param name="tau">τ. Range: 0 ≤ τ ≤ 1e4 (0: neutral antagonist; below about 1: partial agonist).</param>
    /// <param name="slope">n. Range: 0.1 ≤ n ≤ 10. Default 1.</param>
    /// <returns>The model.</returns>
    /// <exception cref="InvalidParameterException">The name is blank.</exception>
    /// <exception cref="ParameterOutOfRangeException">An argument is out of range.</exception>
    public static OperationalModel Create(string name, Concentration agonistKd, double tau, double slope = 1)
    {
        Preconditions.CheckNotBlank(nameof(name), name);
        Preconditions.CheckPositive(nameof(agonistKd), agonistKd.Nanomolar, "nM");
        Preconditions.CheckRange(nameof(tau), tau, 0, MaxTau);
        Preconditions.CheckRange(nameof(slope), slope, Occupancy.MinHillCoefficient, Occupancy.MaxHillCoefficient);
        return new OperationalModel(name, agonistKd, tau, slope);
    }

    /// <summary>Describes an agonist in a tissue by the receptor density and the transducer constant: τ = [R<sub>0</sub>]/K<sub>E</sub>.</summary>
    /// <param name="name">A name for legends. Must not be blank.</param>
    /// <param name="agonistKd">K<sub>A</sub>. Range: K<sub>A</sub> &gt; 0.</param>
    /// <param name="receptorDensity">[R<sub>0</sub>], the receptor concentration. Range: ≥ 0.</param>
    /// <param name="transducerConstant">K<sub>E</sub>. Range: &gt; 0, with [R<sub>0</sub>]/K<sub>E</sub> ≤ 1e4.</param>
    /// <param name="slope">n. Range: 0.1 ≤ n ≤ 10. Default 1.</param>
    /// <returns>The model.</returns>
    /// <exception cref="ParameterOutOfRangeException">An argument is out of range.</exception>
    public static OperationalModel FromReceptorDensity(string name, Concentration agonistKd, Concentration receptorDensity, Concentration transducerConstant, double slope = 1)
    {
        Preconditions.CheckPositive(nameof(transducerConstant), transducerConstant.Nanomolar, "nM");
        var tau = receptorDensity / transducerConstant;
        if (tau > MaxTau)
        {
            throw new ParameterOutOfRangeException(
                nameof(receptorDensity),
                receptorDensity.Nanomolar,
                FormattableString.Invariant($"receptorDensity / transducerConstant = τ must be at most {Preconditions.Format(MaxTau)}, but was {Preconditions.Format(tau)} ({receptorDensity} / {transducerConstant})."));
        }

        return Create(name, agonistKd, tau, slope);
    }

    /// <summary>A partial agonist described by its maximal response in this tissue: τ = (E<sub>max</sub>/(1 − E<sub>max</sub>))<sup>1/n</sup>, so that E<sub>max</sub> = τ<sup>n</sup>/(1 + τ<sup>n</sup>).</summary>
    /// <param name="name">A name for legends. Must not be blank.</param>
    /// <param name="agonistKd">K<sub>A</sub>. Range: &gt; 0.</param>
    /// <param name="maxResponse">E<sub>max</sub> as a fraction of the system maximum (its intrinsic activity here). Range: 0 ≤ E<sub>max</sub> ≤ 0.9999, and at most τ<sub>max</sub><sup>n</sup>/(1 + τ<sub>max</sub><sup>n</sup>) with τ<sub>max</sub> = 1e4 (about 0.715 at n = 0.1).</param>
    /// <param name="slope">n. Range: 0.1 ≤ n ≤ 10. Default 1.</param>
    /// <returns>The model.</returns>
    /// <exception cref="ParameterOutOfRangeException">An argument is out of range.</exception>
    /// <remarks>E<sub>max</sub> belongs to the drug <i>and</i> the tissue: the same drug has a larger τ, and so a larger maximum, where receptors are denser (<see cref="WithReceptorFraction"/>).</remarks>
    public static OperationalModel PartialAgonist(string name, Concentration agonistKd, double maxResponse, double slope = 1)
    {
        Preconditions.CheckRange(nameof(maxResponse), maxResponse, 0, 0.9999);
        Preconditions.CheckRange(nameof(slope), slope, Occupancy.MinHillCoefficient, Occupancy.MaxHillCoefficient);
        var tau = Math.Pow(maxResponse / (1 - maxResponse), 1 / slope);
        if (tau > MaxTau)
        {
            // A shallow slope needs a huge τ for a high maximum: name the learner's argument, not the derived τ.
            var reachable = Math.Pow(MaxTau, slope) / (1 + Math.Pow(MaxTau, slope));
            throw new ParameterOutOfRangeException(
                nameof(maxResponse),
                maxResponse,
                FormattableString.Invariant($"maxResponse must be at most {Preconditions.Format(reachable)} when slope = {Preconditions.Format(slope)} (it would need τ = {Preconditions.Format(tau)}, above the largest allowed τ of {Preconditions.Format(MaxTau)}), but was {Preconditions.Format(maxResponse)}."));
        }

        return Create(name, agonistKd, tau, slope);
    }

    /// <summary>A neutral competitive antagonist (τ = 0) with dissociation constant K<sub>B</sub>.</summary>
    /// <param name="name">A name for legends. Must not be blank.</param>
    /// <param name="kb">K<sub>B</sub>. Range: &gt; 0.</param>
    /// <returns>The model.</returns>
    public static OperationalModel Antagonist(string name, Concentration kb) => Create(name, kb, 0);

    /// <summary>The response to the ligand alone, as a fraction of the system maximum.</summary>
    /// <param name="agonist">[A]. Range: ≥ 0.</param>
    /// <returns>E/E<sub>m</sub> in [0, <see cref="MaxResponse"/>].</returns>
    public double ResponseAt(Concentration agonist) => Math.Min(MaxResponse, Transduce(Tau * Occupancy.MassAction(agonist, AgonistKd)));

    /// <summary>The response when this ligand and a competitor bind the same site.</summary>
    /// <param name="agonist">[A], this ligand. Range: ≥ 0.</param>
    /// <param name="competitor">The other ligand: a partial agonist, another agonist, or an antagonist (τ = 0).</param>
    /// <param name="competitorConcentration">[B]. Range: ≥ 0.</param>
    /// <returns>E/E<sub>m</sub> in [0, max(E<sub>max,A</sub>, E<sub>max,B</sub>)].</returns>
    /// <exception cref="InvalidParameterException">The competitor is an agonist with a different slope n (the two cannot share one transducer).</exception>
    public double ResponseWith(Concentration agonist, OperationalModel competitor, Concentration competitorConcentration)
    {
        Preconditions.CheckNotNull(nameof(competitor), competitor);
        if (!competitor.IsAntagonist && competitor.Slope != Slope)
        {
            throw new InvalidParameterException(
                FormattableString.Invariant($"competitor {competitor.Name} has slope n = {Preconditions.Format(competitor.Slope)}, but {Name} has n = {Preconditions.Format(Slope)}; two agonists at one receptor share one transducer slope."),
                nameof(competitor));
        }

        var a = agonist.Nanomolar / AgonistKd.Nanomolar;
        var b = competitorConcentration.Nanomolar / competitor.AgonistKd.Nanomolar;
        return Transduce(((Tau * a) + (competitor.Tau * b)) / (1 + a + b));
    }

    /// <summary>The same ligand in a tissue with a different receptor density: τ' = f·τ.</summary>
    /// <param name="fraction">f, the receptor density relative to now (0.5 = half the receptors; 2 = twice). Range: 0 ≤ f ≤ 100, with f·τ ≤ 1e4.</param>
    /// <returns>The model with the scaled τ.</returns>
    /// <exception cref="ParameterOutOfRangeException">f is out of range.</exception>
    public OperationalModel WithReceptorFraction(double fraction)
    {
        Preconditions.CheckRange(nameof(fraction), fraction, 0, 100);
        return Create(Name, AgonistKd, Tau * fraction, Slope);
    }

    /// <inheritdoc />
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Name} (K_A = {AgonistKd}, τ = {Tau:G3}{(Slope == 1 ? string.Empty : $", n = {Slope:G3}")})");

    private double Transduce(double stimulus)
    {
        if (stimulus <= 0)
        {
            return 0;
        }

        // 1/(1 + 1/p) rather than p/(1 + p): every step is monotone in p after rounding, so a stimulus
        // below τ can never round to a response above MaxResponse (found by the CsCheck property).
        var powered = Math.Pow(stimulus, Slope);
        return double.IsPositiveInfinity(powered) ? 1 : 1 / (1 + (1 / powered));
    }

    private double CheckAgonist() => IsAntagonist
        ? throw new InvalidParameterException(FormattableString.Invariant($"{Name} is a neutral antagonist (τ = 0): it gives no response, so it has no EC50."), "tau")
        : Tau;
}

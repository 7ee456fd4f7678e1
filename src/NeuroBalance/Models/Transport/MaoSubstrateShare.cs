using System.Globalization;
using NeuroBalance.Internal;

namespace NeuroBalance.Models.Transport;

/// <summary>
/// How the monoamine-oxidase flux of one substrate in one tissue is split between the isoforms:
/// f<sub>A</sub>, the fraction carried by MAO-A, and 1 − f<sub>A</sub>, the fraction carried by MAO-B.
/// Immutable. The default value is all MAO-B (f<sub>A</sub> = 0); use <see cref="FromMaoAFraction"/> or
/// one of the sourced shares in <see cref="MonoamineOxidase"/>.
/// </summary>
/// <remarks>
/// A share belongs to a substrate <em>and</em> a tissue: the isoforms' amounts and cellular locations
/// differ between regions and species, so the same substrate (dopamine) can be mostly an MAO-A
/// substrate in rat striatum and mostly an MAO-B substrate in human basal ganglia. Equality compares
/// f<sub>A</sub> exactly.
/// </remarks>
public readonly record struct MaoSubstrateShare
{
    private MaoSubstrateShare(double fractionA) => FractionA = fractionA;

    /// <summary>Gets all flux through MAO-A (f<sub>A</sub> = 1).</summary>
    public static MaoSubstrateShare AllMaoA { get; } = new(1);

    /// <summary>Gets all flux through MAO-B (f<sub>A</sub> = 0); also the default value.</summary>
    public static MaoSubstrateShare AllMaoB { get; } = new(0);

    /// <summary>Gets f<sub>A</sub>, the fraction of the MAO flux carried by MAO-A. Range: 0 ≤ f<sub>A</sub> ≤ 1.</summary>
    public double FractionA { get; }

    /// <summary>Gets 1 − f<sub>A</sub>, the fraction of the MAO flux carried by MAO-B.</summary>
    public double FractionB => 1 - FractionA;

    /// <summary>Creates a share from the fraction carried by MAO-A.</summary>
    /// <param name="fractionA">f<sub>A</sub>. Range: 0 ≤ f<sub>A</sub> ≤ 1.</param>
    /// <returns>The share.</returns>
    /// <exception cref="ParameterOutOfRangeException"><paramref name="fractionA"/> is NaN, infinite or outside [0, 1].</exception>
    public static MaoSubstrateShare FromMaoAFraction(double fractionA) =>
        new(Preconditions.CheckRange(nameof(fractionA), fractionA, 0, 1));

    /// <summary>The fraction of the flux carried by one isoform.</summary>
    /// <param name="isoform">MAO-A or MAO-B.</param>
    /// <returns>f<sub>A</sub> for <see cref="MaoIsoform.A"/>, 1 − f<sub>A</sub> for <see cref="MaoIsoform.B"/>.</returns>
    /// <exception cref="ParameterOutOfRangeException"><paramref name="isoform"/> is not a defined isoform.</exception>
    public double FractionOf(MaoIsoform isoform) => MonoamineOxidase.CheckIsoform(nameof(isoform), isoform) == MaoIsoform.A ? FractionA : FractionB;

    /// <summary>
    /// The MAO activity left towards this substrate under isoform-selective inhibition, as a fraction of
    /// the uninhibited activity: remaining = f<sub>A</sub>·(1 − i<sub>A</sub>) + (1 − f<sub>A</sub>)·(1 − i<sub>B</sub>).
    /// </summary>
    /// <param name="maoAInhibition">i<sub>A</sub>, the fraction of MAO-A activity removed. Range: 0 ≤ i<sub>A</sub> ≤ 1.</param>
    /// <param name="maoBInhibition">i<sub>B</sub>, the fraction of MAO-B activity removed. Range: 0 ≤ i<sub>B</sub> ≤ 1.</param>
    /// <returns>The remaining activity factor, between 0 and 1.</returns>
    /// <exception cref="ParameterOutOfRangeException">An inhibition is NaN, infinite or outside [0, 1].</exception>
    /// <seealso cref="MonoamineOxidase.RemainingActivity"/>
    public double RemainingActivity(double maoAInhibition, double maoBInhibition) =>
        MonoamineOxidase.RemainingActivity(FractionA, maoAInhibition, maoBInhibition);

    /// <summary>"MAO-A 90% / MAO-B 10%".</summary>
    /// <returns>The share as text.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"MAO-A {FractionA * 100:G3}% / MAO-B {FractionB * 100:G3}%");
}

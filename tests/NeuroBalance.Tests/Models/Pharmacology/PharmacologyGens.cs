using CsCheck;
using NeuroBalance.Models.Binding;
using NeuroBalance.Models.Pharmacology;
using NeuroBalance.Quantities;
using static NeuroBalance.Tests.Quantities.QuantityGens;

namespace NeuroBalance.Tests.Models.Pharmacology;

/// <summary>Generators for the pharmacology property tests.</summary>
internal static class PharmacologyGens
{
    /// <summary>Constants from 1 pM to 100 µM, log-uniform.</summary>
    public static readonly Gen<Concentration> AnyConstant = LogUniform(-3, 5).Select(Concentration.FromNanomolar);

    /// <summary>Ligand concentrations from 0 and 1 fM to 1 mM.</summary>
    public static readonly Gen<Concentration> AnyLigand = Gen.Frequency(
        (1, Gen.Const(Concentration.Zero)),
        (9, LogUniform(-6, 6).Select(Concentration.FromNanomolar)));

    /// <summary>τ from 0 (antagonist) and 0.01 (weak partial agonist) to 1000 (large reserve).</summary>
    public static readonly Gen<double> AnyTau = Gen.Frequency((1, Gen.Const(0.0)), (9, LogUniform(-2, 3)));

    /// <summary>Transducer slopes across the accepted range.</summary>
    public static readonly Gen<double> AnySlope = Gen.Double[Occupancy.MinHillCoefficient, Occupancy.MaxHillCoefficient];

    /// <summary>Agonists (τ &gt; 0) with any constants.</summary>
    public static readonly Gen<OperationalModel> AnyAgonist =
        Gen.Select(AnyConstant, LogUniform(-2, 3), AnySlope).Select((ka, tau, n) => OperationalModel.Create("A", ka, tau, n));
}

using NeuroBalance.Content;
using NeuroBalance.Models.Binding;
using NeuroBalance.Models.Pharmacology;
using NeuroBalance.Quantities;
using NeuroBalance.Science;

namespace NeuroBalance.Models.Transport;

/// <summary>
/// Sourced transporter, enzyme and inhibitor constants for the clearance rate laws. Each carries its
/// source and evidence level; values read in a group's public model code are model facts, not
/// measurements.
/// </summary>
/// <remarks>
/// MAO exists as two isoforms, MAO-A and MAO-B; the models cited here lump "MAO" into one step, and the
/// constants below are for that lumped step. The isoform split sits on top of it in
/// <see cref="MonoamineOxidase"/>: remaining = f_A·(1 − i_A) + (1 − f_A)·(1 − i_B) scales the lumped rate
/// (the terminals' <c>WithMaoInhibition</c>), with illustrative substrate shares. Best et al. 2009 lump extracellular DA
/// catabolism (COMT and other routes) into one Michaelis–Menten step.
/// No measured GABA-T or GAT-1 constants were verified for this course: use
/// <see cref="GabaTransaminase"/> and <see cref="Gat1"/> with your own values and label them estimates.
/// </remarks>
public static class ClearanceParameters
{
    /// <summary>Gets DAT in the Best et al. 2009 dopamine terminal model: K<sub>m</sub> 0.2 µM, V<sub>max</sub> 8000 µM/h (about 2.2 µM/s).</summary>
    public static Sourced<MichaelisMenten> DatBest2009 { get; } = new(
        MichaelisMenten.Create("DAT", ConcentrationRate.FromMicromolarPerHour(8000), Concentration.FromMicromolar(0.2)),
        References.Cite("best2009"), EvidenceLevel.Model, "model parameters (BioModels MODEL1502230000)");

    /// <summary>Gets the extracellular DA catabolism of Best et al. 2009 (COMT and other routes, lumped): K<sub>m</sub> 3 µM, V<sub>max</sub> 30 µM/h.</summary>
    public static Sourced<MichaelisMenten> DopamineExtracellularCatabolismBest2009 { get; } = new(
        MichaelisMenten.Create("extracellular DA catabolism (COMT, lumped)", ConcentrationRate.FromMicromolarPerHour(30), Concentration.FromMicromolar(3)),
        References.Cite("best2009"), EvidenceLevel.Model, "model parameters");

    /// <summary>Gets the first-order MAO catabolism of cytosolic DA in Best et al. 2009: 10 per hour.</summary>
    public static Sourced<Rate> MaoCytosolicDopamineBest2009 { get; } = new(
        Rate.FromPerHour(10), References.Cite("best2009"), EvidenceLevel.Model, "kcat_cda, a first-order model parameter");

    /// <summary>Gets MAO acting on cytosolic 5-HT in the Reed/Best serotonin model code: K<sub>m</sub> 95 µM, V<sub>max</sub> 4000 µM/h.</summary>
    public static Sourced<MichaelisMenten> MaoSerotoninModel { get; } = new(
        MichaelisMenten.Create("MAO (5-HT)", ConcentrationRate.FromMicromolarPerHour(4000), Concentration.FromMicromolar(95)),
        References.Cite("best2010"), EvidenceLevel.Model, "read in the group's later public model code, a descendant of Best et al. 2010; not a measurement");

    /// <summary>Gets the apparent SERT K<sub>m</sub> of the Reed/Best serotonin model code: 0.060 µM.</summary>
    public static Sourced<Concentration> SertKmModel { get; } = new(
        Concentration.FromMicromolar(0.060), References.Cite("best2010"), EvidenceLevel.Model, "read in the group's later public model code; apparent Km of the terminal model");

    /// <summary>Gets escitalopram's K<sub>i</sub> at SERT in the Reed/Best serotonin model code: 27.6 nM.</summary>
    public static Sourced<ReceptorBinding> EscitalopramAtSertModel { get; } = new(
        ReceptorBinding.FromKd("escitalopram at SERT", Concentration.FromNanomolar(27.6)),
        References.Cite("best2010"), EvidenceLevel.Model, "read in the group's later public model code; a model value, not a clinical affinity");

    /// <summary>SERT with the model K<sub>m</sub> (<see cref="SertKmModel"/>) and a capacity you choose.</summary>
    /// <param name="vmax">V<sub>max</sub>; label your value's source.</param>
    /// <returns>The transporter.</returns>
    public static MichaelisMenten Sert(ConcentrationRate vmax) => MichaelisMenten.Create("SERT", vmax, SertKmModel.Value);

    /// <summary>GAT-1 (GABA uptake) with constants you supply; secondary sources give K<sub>m</sub> about 2.5–11 µM (unverified).</summary>
    /// <param name="vmax">V<sub>max</sub> (an estimate).</param>
    /// <param name="km">K<sub>m</sub> (an estimate).</param>
    /// <returns>The transporter.</returns>
    public static MichaelisMenten Gat1(ConcentrationRate vmax, Concentration km) => MichaelisMenten.Create("GAT-1 (estimate)", vmax, km);

    /// <summary>GABA transaminase, the first step of the GABA shunt (GABA → succinic semialdehyde → succinate), with constants you supply.</summary>
    /// <param name="vmax">V<sub>max</sub> (an estimate).</param>
    /// <param name="km">K<sub>m</sub> (an estimate).</param>
    /// <returns>The enzyme step.</returns>
    /// <remarks>The shunt: Parviz et al. 2014, J Pediatr Epilepsy 3:217, <see href="https://doi.org/10.3233/PEP-14097"/>. Vigabatrin inhibits GABA-T irreversibly: model it with <see cref="MichaelisMenten.WithCapacity"/>.</remarks>
    public static MichaelisMenten GabaTransaminase(ConcentrationRate vmax, Concentration km) => MichaelisMenten.Create("GABA-T (estimate)", vmax, km);
}

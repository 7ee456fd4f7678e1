namespace NeuroBalance.Models.Terminals;

/// <summary>
/// The dihydropteridine reductase (DRR) step that both monoamine terminals share: BH2 + NADPH ⇌ BH4 + NADP,
/// a two-substrate, two-product Michaelis–Menten form (Best et al. 2009, 2010).
/// </summary>
/// <remarks>
/// <c>VDRR = Vf·bh2·NADPH/((Kbh2 + bh2)(Knadph + NADPH)) − Vb·bh4·NADP/((Kbh4 + bh4)(Knadp + NADP))</c>
/// with Kbh2 100, Knadph 75, Kbh4 10, Knadp 75 µM and NADPH 330, NADP 26 µM held constant.
/// The two terminals differ only in Vf and Vb.
/// </remarks>
internal static class CofactorCycle
{
    internal const double KBh2 = 100, KNadph = 75, KBh4 = 10, KNadp = 75, Nadph = 330, Nadp = 26;

    /// <summary>The net BH2 → BH4 rate in µM/h.</summary>
    internal static double Drr(double vForward, double vBackward, double bh2, double bh4) =>
        (vForward * bh2 * Nadph / ((KBh2 + bh2) * (KNadph + Nadph))) - (vBackward * bh4 * Nadp / ((KBh4 + bh4) * (KNadp + Nadp)));
}

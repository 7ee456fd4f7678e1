namespace NeuroBalance.Models.Transport;

/// <summary>
/// The two isoforms of monoamine oxidase (MAO), flavoproteins of the outer mitochondrial membrane that
/// oxidatively deaminate monoamines. They are products of two genes (MAOA, MAOB) and differ in
/// substrate preference and inhibitor sensitivity (Youdim, Edmondson &amp; Tipton 2006,
/// <see href="https://doi.org/10.1038/nrn1883"/>).
/// </summary>
public enum MaoIsoform
{
    /// <summary>MAO-A: prefers serotonin and norepinephrine; inhibited selectively by clorgyline (irreversible) and moclobemide (reversible).</summary>
    A,

    /// <summary>MAO-B: prefers phenylethylamine and benzylamine; inhibited selectively by selegiline and rasagiline (irreversible).</summary>
    B,
}

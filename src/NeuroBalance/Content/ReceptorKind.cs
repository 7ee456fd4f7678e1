namespace NeuroBalance.Content;

/// <summary>How a receptor turns binding into a signal.</summary>
public enum ReceptorKind
{
    /// <summary>A ligand-gated ion channel: fast (milliseconds).</summary>
    Ionotropic,

    /// <summary>A G-protein-coupled receptor: slower (tens of milliseconds to minutes), via second messengers.</summary>
    Metabotropic,
}

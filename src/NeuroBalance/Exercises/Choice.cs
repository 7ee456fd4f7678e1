using NeuroBalance.Internal;

namespace NeuroBalance.Exercises;

/// <summary>One option of a multiple-choice question, with why it is right or wrong. Immutable.</summary>
public sealed record Choice
{
    /// <summary>Creates an option.</summary>
    /// <param name="text">The option as learners read it. Must not be blank.</param>
    /// <param name="isCorrect">Whether it is the right answer.</param>
    /// <param name="explanation">Why it is right or wrong, shown when a learner picks it. Must not be blank.</param>
    /// <exception cref="InvalidParameterException">A text is blank.</exception>
    public Choice(string text, bool isCorrect, string explanation)
    {
        Text = Preconditions.CheckNotBlank(nameof(text), text);
        IsCorrect = isCorrect;
        Explanation = Preconditions.CheckNotBlank(nameof(explanation), explanation);
    }

    /// <summary>Gets the option's text.</summary>
    public string Text { get; }

    /// <summary>Gets whether it is the right answer.</summary>
    public bool IsCorrect { get; }

    /// <summary>Gets why it is right or wrong.</summary>
    public string Explanation { get; }
}

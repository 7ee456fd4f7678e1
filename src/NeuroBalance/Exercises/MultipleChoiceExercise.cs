using System.Text;
using Microsoft.DotNet.Interactive.Formatting;
using NeuroBalance.Exercises.Display;

namespace NeuroBalance.Exercises;

/// <summary>
/// A question with lettered options (A, B, C, …), exactly one of them right, each with an explanation.
/// The learner answers with the letter as a string (<c>"B"</c>) or a char (<c>'B'</c>), in either case.
/// </summary>
/// <remarks>
/// A wrong pick shows the explanation of that option (why it is wrong) without giving away the right
/// one; a right pick shows every option's explanation, since the wrong ones teach too.
/// </remarks>
[TypeFormatterSource(typeof(ExerciseFormatterSource))]
public sealed class MultipleChoiceExercise : Exercise
{
    private readonly IReadOnlyList<Choice> choices = [];

    /// <summary>Gets the options, in the order they are lettered.</summary>
    /// <exception cref="InvalidParameterException">On init: fewer than 2 or more than 8 options, or not exactly one right option.</exception>
    public required IReadOnlyList<Choice> Choices
    {
        get => choices;
        init
        {
            if (value is null || value.Count is < 2 or > 8 || value.Count(c => c.IsCorrect) != 1)
            {
                throw new InvalidParameterException($"Choices must have 2 to 8 options with exactly one right option, but had {value?.Count ?? 0} options and {value?.Count(c => c.IsCorrect) ?? 0} right ones.", nameof(Choices));
            }

            choices = value.ToArray();
        }
    }

    /// <inheritdoc />
    public override ExerciseKind Kind => ExerciseKind.MultipleChoice;

    /// <inheritdoc />
    public override string HowToAnswer => $"the letter of one option as a string, such as `\"{Letter(1)}\"`";

    private string Letters => string.Join(", ", Choices.Select((_, i) => Letter(i)));

    /// <inheritdoc />
    public override Feedback Evaluate(object? answer)
    {
        var letter = answer switch
        {
            null => null,
            char c => c.ToString(),
            string s => s.Trim().TrimEnd(')', '.').Trim(),
            _ => string.Empty,
        };
        if (string.IsNullOrEmpty(letter) && answer is null or string)
        {
            return NotAttempted($"Replace `null` with the letter of your choice ({Letters}) in quotes");
        }

        var index = letter is { Length: 1 } ? char.ToUpperInvariant(letter[0]) - 'A' : -1;
        if (index < 0 || index >= Choices.Count)
        {
            var problem = answer is string or char
                ? $"\"{letter}\" is not one of the options. Answer with one letter: {Letters}."
                : $"Your answer is {TypeNames.Describe(answer!)}. Answer with the option's letter in quotes, for example `\"{Letter(1)}\"`.";
            return Feedback(FeedbackStatus.LearnerError, problem) with { Criteria = [new Criterion("Answer is one of the options", false, problem)] };
        }

        var chosen = Choices[index];
        var criterion = new Criterion($"Your choice: {Letter(index)}. {chosen.Text.TrimEnd('.')}", chosen.IsCorrect, chosen.Explanation);
        return chosen.IsCorrect
            ? Feedback(FeedbackStatus.Passed, $"Right: {Letter(index)}.") with
            {
                Criteria = [criterion],
                Explanations = Choices.Select((c, i) => (c, i)).Where(x => x.i != index).Select(x => $"**{Letter(x.i)}. {x.c.Text}** {x.c.Explanation}").ToArray(),
            }
            : Feedback(FeedbackStatus.Failed, $"Not this one: {Letter(index)}. The reason is below; think again and choose another letter.") with { Criteria = [criterion] };
    }

    private static string Letter(int index) => ((char)('A' + index)).ToString();
}

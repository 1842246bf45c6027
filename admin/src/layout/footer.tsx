/** A plain footer: no crown, no OGL logo (those belong to GOV.UK). */
export function Footer() {
  return (
    <footer class="govuk-footer heard-footer">
      <div class="govuk-width-container">
        <p class="govuk-body-s">
          Heard: people's own safeguarding stories, carried safely to Safeguarding Adults Boards.
          Every opening of original text is recorded in the audit log.
        </p>
      </div>
    </footer>
  );
}

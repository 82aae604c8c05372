package danvan.dialogue.petition;

/** The personal data of whoever raised a petition: given only to the officers handling it. */
public record Petitioner(String name, String identityNumber, String address, String contact) {
}

package org.centralita.runtime.engine;

/** The Luhn checksum of card numbers: catches a mistyped digit before a CRM or payment call. */
final class Luhn {

    private Luhn() {
    }

    static boolean isValid(String digits) {
        if (digits.length() < 2 || !digits.chars().allMatch(Character::isDigit)) {
            return false;
        }
        int sum = 0;
        boolean doubled = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int digit = digits.charAt(i) - '0';
            if (doubled) {
                digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
            }
            sum += digit;
            doubled = !doubled;
        }
        return sum % 10 == 0;
    }
}

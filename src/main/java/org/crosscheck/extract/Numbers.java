package org.crosscheck.extract;

import java.util.HashMap;
import java.util.Map;

/** Small cardinal numbers written as words in the six languages (folded), for counts of weapons and casualties. */
final class Numbers {

    private static final Map<String, Integer> WORDS = new HashMap<>();

    static {
        put(1, "one", "a", "an", "un", "une", "uno", "una", "um", "uma", "satu", "sebuah", "seorang", "واحد", "واحده");
        put(2, "two", "deux", "dos", "dois", "duas", "dua", "اثنين", "اثنان", "two more", "both", "ambos", "ambas",
                "keduanya", "كلا");
        put(3, "three", "trois", "tres", "tiga", "ثلاث", "ثلاثه");
        put(4, "four", "quatre", "cuatro", "quatro", "empat", "اربع", "اربعه");
        put(5, "five", "cinq", "cinco", "lima", "خمس", "خمسه");
        put(6, "six", "seis", "enam", "ست", "سته");
        put(7, "seven", "sept", "siete", "sete", "tujuh", "سبع", "سبعه");
        put(8, "eight", "huit", "ocho", "oito", "delapan", "ثماني", "ثمانيه");
        put(9, "nine", "neuf", "nueve", "nove", "sembilan", "تسع", "تسعه");
        put(10, "ten", "dix", "diez", "dez", "sepuluh", "عشر", "عشره");
        put(11, "eleven", "onze", "once");
        put(12, "twelve", "douze", "doce", "doze");
        put(13, "thirteen");
        put(14, "fourteen");
        put(15, "fifteen", "quinze", "quince");
        put(16, "sixteen");
        put(20, "twenty", "vingt", "veinte", "vinte");
    }

    private Numbers() {
    }

    private static void put(int value, String... words) {
        for (var word : words) {
            WORDS.put(FoldedText.fold(word), value);
        }
    }

    /** The number a word or digit string stands for, or null. */
    static Integer parse(String word) {
        if (word.chars().allMatch(Character::isDigit) && !word.isEmpty() && word.length() < 5) {
            return Integer.parseInt(word);
        }
        return WORDS.get(word);
    }
}
